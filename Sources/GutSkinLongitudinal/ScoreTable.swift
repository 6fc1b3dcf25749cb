/// A per-sample table of scores (first column sample ids, one numeric column per score), such as
/// `gutskin report --all-samples`' summary.tsv; percentile columns, `reads` and text columns are skipped.
public struct ScoreTable: Sendable {
    public let sampleIDs: [String]
    public let scoreNames: [String]
    /// values[sample][score]; NaN where empty.
    public let values: [[Double]]

    public static func parse(text: String, file: String) throws -> ScoreTable {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        guard let header = lines.first, header.count > 1 else {
            throw LongitudinalError.missingColumn(file: file, column: "(a score column)")
        }
        let rows = Array(lines.dropFirst())
        let kept = (1..<header.count).filter { column in
            let name = header[column]
            guard name != "reads", !name.hasSuffix("_percentile") else { return false }
            return rows.allSatisfy { column < $0.count && ($0[column].isEmpty || Double($0[column]) != nil) }
        }
        return ScoreTable(
            sampleIDs: rows.map { $0[0] }, scoreNames: kept.map { header[$0] },
            values: rows.map { row in kept.map { row[$0].isEmpty ? .nan : Double(row[$0])! } })
    }
}
