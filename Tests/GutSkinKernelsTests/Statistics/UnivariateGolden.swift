import Foundation
import GutSkinFormats
import Testing

/// Golden cases written by `scripts/reference/univariate_golden.py` (SciPy 1.17): raw JSON sections,
/// numbers as repr strings read exactly by `Double(String)`.
struct UnivariateGolden: @unchecked Sendable {
    let tool: String
    let sections: [String: [[String: Any]]]

    static let shared: Result<UnivariateGolden, Error> = Result {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden/univariate-scipy.json.gz").path
        guard let object = try JSONSerialization.jsonObject(with: InputFile.read(path)) as? [String: Any] else {
            throw GoldenFileError("univariate golden file is not a JSON object")
        }
        var sections: [String: [[String: Any]]] = [:]
        for (key, value) in object { if let cases = value as? [[String: Any]] { sections[key] = cases } }
        return UnivariateGolden(tool: object["tool"] as? String ?? "", sections: sections)
    }

    static func cases(_ name: String) throws -> [[String: Any]] { try #require(try shared.get().sections[name]) }
}

extension Dictionary where Key == String, Value == Any {
    func number(_ key: String) throws -> Double {
        let text = try #require(self[key] as? String, "missing \(key)")
        return try #require(Double(text), "not a number: \(text)")
    }
    func numbers(_ key: String) throws -> [Double] {
        try #require(self[key] as? [String], "missing \(key)").map { text in try #require(Double(text)) }
    }
    func text(_ key: String) throws -> String { try #require(self[key] as? String) }
}

/// Agreement of computed values with SciPy's, for statistics and p-values down to 1e-300:
/// |a − b| ≤ 1e-10·|b| + 1e-300.
///
/// Why relative: a p-value of 1e-200 is as meaningful as one of 0.03, and an absolute 1e-10 would
/// accept any number below it. Why 1e-10 is honest: the relative error of a well-computed tail
/// probability is about ε·|ln p| (the exponent's rounding), ≤ 2e-13 for p ≥ 1e-300 — both SciPy's
/// and ours — so 1e-10 leaves a 500× margin while still pinning ten significant digits. The 1e-300
/// floor only matters for values that underflow towards subnormals, where relative precision itself
/// is lost. NaN must meet NaN and ±∞ the same infinity.
struct PValueAgreement: CustomStringConvertible {
    static let floor = 1e-300
    /// 1e-10 for tests; the distribution functions are held to 1e-12.
    var relativeTolerance = 1e-10
    /// The largest relative difference among values ≥ 1e-300 (below, only the floor applies).
    var maximumRelative = 0.0
    var worst = ""
    var failures: [String] = []
    var count = 0

    mutating func compare(_ computed: Double, _ expected: Double, _ label: @autoclosure () -> String) {
        count += 1
        if expected.isNaN || computed.isNaN || expected.isInfinite || computed.isInfinite {
            if !((expected.isNaN && computed.isNaN) || expected == computed) {
                failures.append("\(label()): \(computed) vs SciPy \(expected)")
            }
            return
        }
        let difference = abs(computed - expected)
        if abs(expected) >= Self.floor && difference / abs(expected) > maximumRelative {
            maximumRelative = difference / abs(expected)
            worst = label()
        }
        if difference > relativeTolerance * abs(expected) + Self.floor {
            failures.append("\(label()): \(computed) vs SciPy \(expected) (relative \(difference / abs(expected)))")
        }
    }

    var description: String { "\(count) values, max relative difference \(maximumRelative) (\(worst)), \(failures.count) failures" }

    func check(_ name: String) {
        print("\(name): \(self)")
        #expect(failures.isEmpty, "\(name): \(failures.prefix(10).joined(separator: "\n"))")
    }
}
