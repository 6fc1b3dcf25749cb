import Foundation
import GutSkinCore

/// BIOM 1.0 JSON tables (http://biom-format.org/documentation/format_versions/biom-1.0.html),
/// sparse and dense. Rows are features ("observations"), columns samples; a row's
/// `metadata.taxonomy` (a list of ranks or a `;`-joined string) becomes the feature's taxonomy.
public enum BIOMJSON {
    /// Reads a BIOM 1.0 JSON file (gzip accepted).
    public static func read(path: String) throws -> FeatureTable {
        try parse(data: InputFile.read(path), file: path)
    }

    /// Parses BIOM 1.0 JSON; `file` names the source in errors.
    public static func parse(data: Data, file: String) throws(TableTextError) -> FeatureTable {
        func fail(_ key: String, _ reason: String) -> TableTextError {
            TableTextError(file: file, line: nil, column: nil, reason: "JSON key '\(key)': \(reason)")
        }
        let root: [String: Any]
        do {
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw TableTextError(file: file, line: nil, column: nil, reason: "not a BIOM JSON object")
            }
            root = object
        } catch let error as TableTextError {
            throw error
        } catch {
            throw TableTextError(file: file, line: nil, column: nil, reason: "not valid JSON: \(JSONSyntaxPlace.describe(error, in: data))")
        }
        guard let rows = root["rows"] as? [Any] else { throw fail("rows", "missing or not a list") }
        guard let columns = root["columns"] as? [Any] else { throw fail("columns", "missing or not a list") }
        guard let shape = root["shape"] as? [Any], shape.count == 2,
            let rowCount = jsonInteger(shape[0]), let columnCount = jsonInteger(shape[1])
        else { throw fail("shape", "missing or not a pair of numbers") }
        guard rowCount == rows.count else { throw fail("shape", "says \(rowCount) rows but 'rows' lists \(rows.count)") }
        guard columnCount == columns.count else {
            throw fail("shape", "says \(columnCount) columns but 'columns' lists \(columns.count)")
        }
        let matrixType = (root["matrix_type"] as? String) ?? "sparse"
        guard matrixType == "sparse" || matrixType == "dense" else {
            throw fail("matrix_type", "'\(matrixType)' is neither 'sparse' nor 'dense'")
        }
        guard let entries = root["data"] as? [Any] else { throw fail("data", "missing or not a list") }

        var featureIDs = [String]()
        var taxonomy = [Taxonomy]()
        var anyTaxonomy = false
        for (index, row) in rows.enumerated() {
            guard let row = row as? [String: Any], let id = row["id"] as? String else {
                throw fail("rows[\(index)]", "needs an 'id' string")
            }
            featureIDs.append(id)
            let metadata = row["metadata"] as? [String: Any]
            let lineage = metadata?["taxonomy"] ?? metadata?["Taxonomy"]
            if let ranks = lineage as? [String] {
                taxonomy.append(Taxonomy(ranks: ranks))
                anyTaxonomy = true
            } else if let text = lineage as? String {
                taxonomy.append(Taxonomy(parsing: text))
                anyTaxonomy = true
            } else {
                taxonomy.append(.unassigned)
            }
        }
        var sampleIDs = [String]()
        for (index, column) in columns.enumerated() {
            guard let column = column as? [String: Any], let id = column["id"] as? String else {
                throw fail("columns[\(index)]", "needs an 'id' string")
            }
            sampleIDs.append(id)
        }

        var sampleIndices = [Int32]()
        var values = [Double]()
        var perFeature = [[(Int32, Double)]](repeating: [], count: rowCount)
        func number(_ any: Any, _ place: String) throws(TableTextError) -> Double {
            guard let value = jsonNumber(any), value.isFinite else {
                throw fail(place, "'\(any)' is not a number")
            }
            guard value >= 0 else { throw fail(place, "negative value \(value)") }
            return value
        }
        if matrixType == "sparse" {
            for (index, entry) in entries.enumerated() {
                guard let triple = entry as? [Any], triple.count == 3,
                    let row = jsonInteger(triple[0]), let column = jsonInteger(triple[1])
                else { throw fail("data[\(index)]", "expected [row, column, value]") }
                guard row >= 0, row < rowCount, column >= 0, column < columnCount else {
                    throw fail("data[\(index)]", "[\(row), \(column)] is outside the shape [\(rowCount), \(columnCount)]")
                }
                let value = try number(triple[2], "data[\(index)]")
                if value != 0 { perFeature[row].append((Int32(column), value)) }
            }
        } else {
            guard entries.count == rowCount else { throw fail("data", "\(entries.count) rows, but shape says \(rowCount)") }
            for (row, entry) in entries.enumerated() {
                guard let cells = entry as? [Any], cells.count == columnCount else {
                    throw fail("data[\(row)]", "expected \(columnCount) values")
                }
                for (column, cell) in cells.enumerated() {
                    let value = try number(cell, "data[\(row)][\(column)]")
                    if value != 0 { perFeature[row].append((Int32(column), value)) }
                }
            }
        }
        var offsets = [0]
        for (row, list) in perFeature.enumerated() {
            let sorted = list.sorted { $0.0 < $1.0 }
            for index in sorted.indices.dropFirst() where sorted[index].0 == sorted[index - 1].0 {
                throw fail("data", "row \(row) ('\(featureIDs[row])') has column \(sorted[index].0) more than once")
            }
            for (column, value) in sorted {
                sampleIndices.append(column)
                values.append(value)
            }
            offsets.append(values.count)
        }
        do {
            return try FeatureTable(
                sampleIDs: sampleIDs, featureIDs: featureIDs, featureTaxonomy: anyTaxonomy ? taxonomy : nil,
                featureOffsets: offsets, sampleIndices: sampleIndices, featureMajorValues: values)
        } catch {
            throw TableTextError(file: file, line: nil, column: nil, reason: "\(error)")
        }
    }

    /// The table as sparse BIOM 1.0 JSON.
    public static func string(_ table: FeatureTable, generatedBy: String) -> String {
        let integral = table.isIntegral
        var text = "{\"id\": null, \"format\": \"Biological Observation Matrix 1.0.0\", "
        text += "\"format_url\": \"http://biom-format.org\", \"type\": \"OTU table\", "
        text += "\"generated_by\": \(quoted(generatedBy)), \"date\": \(quoted(ISO8601DateFormatter().string(from: Date()))), "
        text += "\"matrix_type\": \"sparse\", \"matrix_element_type\": \"\(integral ? "int" : "float")\", "
        text += "\"shape\": [\(table.featureCount), \(table.sampleCount)], \"rows\": ["
        for feature in 0..<table.featureCount {
            if feature > 0 { text += ", " }
            text += "{\"id\": \(quoted(table.featureIDs[feature])), \"metadata\": "
            if let taxonomy = table.featureTaxonomy {
                text += "{\"taxonomy\": [" + taxonomy[feature].ranks.map(quoted).joined(separator: ", ") + "]}}"
            } else {
                text += "null}"
            }
        }
        text += "], \"columns\": ["
        text += table.sampleIDs.map { "{\"id\": \(quoted($0)), \"metadata\": null}" }.joined(separator: ", ")
        text += "], \"data\": ["
        let (offsets, samples, values) = table.featureMajor()
        var first = true
        for feature in 0..<table.featureCount {
            for entry in offsets[feature]..<offsets[feature + 1] {
                if !first { text += ", " }
                first = false
                let value = integral ? String(Int64(values[entry])) : "\(values[entry])"
                text += "[\(feature), \(samples[entry]), \(value)]"
            }
        }
        text += "]}\n"
        return text
    }

    /// A JSON number as Double; `nil` for anything else (Foundation bridges numbers differently on
    /// Linux and Apple platforms, so each representation is tried).
    static func jsonNumber(_ any: Any) -> Double? {
        // `is Bool` is true for NSNumber 0 and 1 on Linux, so compare the dynamic type instead.
        if type(of: any) == Bool.self { return nil }
        switch any {
        case let value as Int: return Double(value)
        case let value as Double: return value
        case let value as NSNumber: return value.doubleValue
        default: return nil
        }
    }

    /// A JSON number that is a whole number, as Int.
    static func jsonInteger(_ any: Any) -> Int? {
        guard let value = jsonNumber(any), value == value.rounded(), abs(value) < 1e15 else { return nil }
        return Int(value)
    }

    /// A JSON string literal for `text` (RFC 8259 escaping).
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Writes the table as BIOM 1.0 JSON, atomically.
    public static func write(_ table: FeatureTable, to path: String, generatedBy: String) throws {
        try AtomicFileWriter.write(Data(string(table, generatedBy: generatedBy).utf8), to: path)
    }
}
