import Foundation
import GutSkinCore
import GutSkinFormats
import Testing

/// Golden values written by `scripts/reference/ordination_golden.py` (scikit-bio 0.7.4).
struct OrdinationGolden {
    let object: [String: Any]

    static func load(_ name: String) throws -> OrdinationGolden {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)").path
        let object = try #require(try JSONSerialization.jsonObject(with: InputFile.read(path)) as? [String: Any])
        return OrdinationGolden(object: object)
    }

    func numbers(_ key: String) throws -> [Double] {
        let raw = try #require(object[key] as? [Any], "golden key \(key)")
        return try raw.map { try #require(($0 as? NSNumber)?.doubleValue) }
    }

    func strings(_ key: String) throws -> [String] { try #require(object[key] as? [String], "golden key \(key)") }

    func matrix() throws -> DistanceMatrix { try DistanceMatrix(ids: strings("ids"), condensed: numbers("condensed")) }

    func sub(_ key: String) throws -> OrdinationGolden {
        OrdinationGolden(object: try #require(object[key] as? [String: Any], "golden key \(key)"))
    }
}

/// Largest differences between computed and expected values.
struct Deviation: CustomStringConvertible {
    var absolute = 0.0
    var relative = 0.0

    /// Compares element-wise.
    mutating func compare(_ computed: [Double], _ expected: [Double]) {
        precondition(computed.count == expected.count, "\(computed.count) vs \(expected.count) values")
        for (a, b) in zip(computed, expected) {
            absolute = max(absolute, abs(a - b))
            relative = max(relative, abs(a - b) / max(abs(b), 1e-300))
        }
    }

    /// Compares samples × axes coordinates (row-major), each axis up to sign: the sign that
    /// matches the axis's largest expected entry is applied to the computed axis.
    mutating func compareUpToSign(_ computed: [Double], _ expected: [Double], axes: Int) {
        precondition(computed.count == expected.count, "\(computed.count) vs \(expected.count) values")
        let rows = axes == 0 ? 0 : expected.count / axes
        for axis in 0..<axes {
            var pivot = 0
            for row in 0..<rows where abs(expected[row * axes + axis]) > abs(expected[pivot * axes + axis]) { pivot = row }
            let sign: Double = (computed[pivot * axes + axis] < 0) == (expected[pivot * axes + axis] < 0) ? 1 : -1
            for row in 0..<rows {
                absolute = max(absolute, abs(sign * computed[row * axes + axis] - expected[row * axes + axis]))
            }
        }
    }

    var description: String { "max |Δ| \(absolute), max relative \(relative)" }
}

/// The first `axes` columns of a samples × `columns` row-major table.
func leadingColumns(_ values: [Double], columns: Int, axes: Int) -> [Double] {
    let rows = columns == 0 ? 0 : values.count / columns
    var result = [Double]()
    result.reserveCapacity(rows * axes)
    for row in 0..<rows { result += values[(row * columns)..<(row * columns + axes)] }
    return result
}
