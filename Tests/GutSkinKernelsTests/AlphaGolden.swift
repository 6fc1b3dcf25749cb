import Foundation
import GutSkinCore
import GutSkinFormats
import Testing

/// Golden alpha-diversity values written by `scripts/reference/alpha_golden.py` (scikit-bio 0.7.4):
/// every metric of every sample of a real table. `nil` marks a sample where scikit-bio raised.
struct AlphaGolden {
    let tool: String
    let sampleIDs: [String]
    /// Values per golden column (`shannon`, `shannon(base=10)`, …); NaN and ∞ as themselves.
    let columns: [String: [Double?]]
    /// Per column, the samples where scikit-bio raised, with its message.
    let errors: [String: [String: String]]

    static func load(_ name: String) throws -> AlphaGolden {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)").path
        let object = try #require(try JSONSerialization.jsonObject(with: InputFile.read(path)) as? [String: Any])
        let metrics = try #require(object["metrics"] as? [String: [String: Any]])
        var columns = [String: [Double?]]()
        var errors = [String: [String: String]]()
        for (name, entry) in metrics {
            let raw = try #require(entry["values"] as? [Any])
            // Values are repr strings ("0.25", "NaN", "inf"), read exactly by Double(String);
            // JSONSerialization's own number parsing can be an ulp off.
            columns[name] = try raw.map { value -> Double? in
                guard let text = value as? String else { return nil }
                guard let number = Double(text) else { throw GoldenFileError("golden value '\(text)' is not a number") }
                return number
            }
            errors[name] = entry["errors"] as? [String: String] ?? [:]
        }
        return AlphaGolden(
            tool: object["tool"] as? String ?? "", sampleIDs: try #require(object["samples"] as? [String]),
            columns: columns, errors: errors)
    }
}

/// How far computed values are from golden ones, and whether all are within tolerance:
/// |a − b| ≤ 1e-12 · max(1, |b|) — absolute for values up to 1, relative above (chao1, ace,
/// fisher_alpha, inverse Simpson and faith_pd reach hundreds, where 1e-12 absolute would be a
/// few ulps). NaN must meet NaN and ∞ must meet ∞.
struct Agreement: CustomStringConvertible {
    var maximumAbsolute = 0.0, maximumRelative = 0.0
    var failures: [String] = []

    static let tolerance = 1e-12

    mutating func compare(_ computed: Double, _ expected: Double, at label: String) {
        if expected.isNaN || expected.isInfinite || computed.isNaN || computed.isInfinite {
            let same = (expected.isNaN && computed.isNaN) || expected == computed
            if !same { failures.append("\(label): \(computed) vs \(expected)") }
            return
        }
        let difference = abs(computed - expected)
        maximumAbsolute = max(maximumAbsolute, difference)
        if expected != 0 { maximumRelative = max(maximumRelative, difference / abs(expected)) }
        if difference > Self.tolerance * max(1, abs(expected)) {
            failures.append("\(label): \(computed) vs \(expected) (difference \(difference))")
        }
    }

    var description: String { "max abs \(maximumAbsolute), max rel \(maximumRelative)" }
}

/// A golden file that does not hold what the tests expect.
struct GoldenFileError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
