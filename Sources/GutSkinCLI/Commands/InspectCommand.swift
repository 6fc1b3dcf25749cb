import ArgumentParser
import Foundation
import GutSkinFormats

/// `gutskin inspect TABLE [--json]`: what a table holds, at a glance.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Summarise a feature table: samples, features, non-zeros, density, total and depths.")

    @Argument(help: "Feature table (.biom, .json, .tsv, .qza or MetaPhlAn profile; .gz accepted).")
    var table: String

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    func run() throws {
        let summary = TableSummary(try FeatureTableFile.read(path: table))
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
            return
        }
        print(
            """
            Table            \(table)
            Samples          \(grouped(summary.samples))
            Features         \(grouped(summary.features))
            Non-zero entries \(grouped(summary.nonzero)) (density \(percent(summary.density)))
            Total            \(number(summary.total))\(summary.integralCounts ? " reads" : "")
            Depth per sample min \(number(summary.depthMinimum)), median \(number(summary.depthMedian)), max \(number(summary.depthMaximum))
            Taxonomy         \(summary.hasTaxonomy ? "yes" : "none")
            """)
    }
}

/// 1234567 → "1,234,567".
func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
        result.append(digit)
    }
    return (value < 0 ? "-" : "") + result
}

/// A whole number with thousands separators, or a decimal as Swift prints it.
func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? grouped(Int(value)) : "\(value)"
}

/// 0.01234 → "1.23%".
func percent(_ fraction: Double) -> String {
    String(format: "%.2f%%", fraction * 100)
}
