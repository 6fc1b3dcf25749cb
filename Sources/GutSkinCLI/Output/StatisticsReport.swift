import Foundation
import GutSkinKernels

/// Prints the result of a permutation test as scikit-bio shows it (a two-column table) or as one
/// JSON object with the keys `method`, `test_statistic_name`, `sample_size`, `number_of_groups`,
/// `test_statistic`, `p_value`, `permutations`, `dropped_samples` and, with pairwise results,
/// `pairwise` (objects with `group1`, `group2`, `sample_size`, `test_statistic`, `p_value`,
/// `q_value`). Undefined values (no permutations, NaN) are `null` in JSON and `NaN` in text.
enum StatisticsReport {
    static func text(_ result: PermutationTestResult, droppedSamples: Int, pairwise: [PairwiseComparison]? = nil) -> String {
        var rows: [(String, String)] = [
            ("method name", result.method),
            ("test statistic name", result.testStatisticName),
            ("sample size", "\(result.sampleSize)"),
        ]
        if let groups = result.numberOfGroups { rows.append(("number of groups", "\(groups)")) }
        rows += [
            ("test statistic", number(result.testStatistic)),
            ("p-value", number(result.pValue)),
            ("number of permutations", "\(result.permutations)"),
            ("dropped samples", "\(droppedSamples)"),
        ]
        var lines = rows.map { $0.0.padding(toLength: 24, withPad: " ", startingAt: 0) + $0.1 }
        if let pairwise {
            lines.append("")
            lines.append(
                ["group1", "group2", "sample size", "permutations", result.testStatisticName, "p-value", "q-value"]
                    .joined(separator: "\t"))
            for pair in pairwise {
                lines.append(
                    [
                        pair.group1, pair.group2, "\(pair.sampleSize)", "\(result.permutations)",
                        number(pair.testStatistic), number(pair.pValue), number(pair.qValue),
                    ].joined(separator: "\t"))
            }
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ result: PermutationTestResult, droppedSamples: Int, pairwise: [PairwiseComparison]? = nil) -> String {
        var object: [String: Any] = [
            "method": result.method,
            "test_statistic_name": result.testStatisticName,
            "sample_size": result.sampleSize,
            "number_of_groups": result.numberOfGroups.map { $0 as Any } ?? NSNull(),
            "test_statistic": jsonNumber(result.testStatistic),
            "p_value": jsonNumber(result.pValue),
            "permutations": result.permutations,
            "dropped_samples": droppedSamples,
        ]
        if let pairwise {
            object["pairwise"] = pairwise.map { pair -> [String: Any] in
                [
                    "group1": pair.group1, "group2": pair.group2, "sample_size": pair.sampleSize,
                    "test_statistic": jsonNumber(pair.testStatistic), "p_value": jsonNumber(pair.pValue),
                    "q_value": jsonNumber(pair.qValue),
                ]
            }
        }
        return serialize(object)
    }

    static func serialize(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Shortest round-trip decimal; `NaN` when undefined.
    static func number(_ value: Double?) -> String {
        guard let value, !value.isNaN else { return "NaN" }
        return "\(value)"
    }

    static func jsonNumber(_ value: Double?) -> Any {
        guard let value, value.isFinite else { return NSNull() }
        return value
    }
}
