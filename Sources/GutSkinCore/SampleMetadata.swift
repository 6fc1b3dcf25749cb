/// Per-sample metadata: one row per sample id, named columns that are numeric or categorical,
/// with missing values — what QIIME 2 metadata files and QIIME 1 mapping files hold.
public struct SampleMetadata: Sendable, Equatable {
    /// The header of the id column as the file wrote it (`sample-id`, `#SampleID`, …).
    public let idHeader: String
    /// Sample ids, in file order; unique.
    public let ids: [String]
    /// Columns in file order; names unique.
    public let columns: [MetadataColumn]
    private let rowOfID: [String: Int]

    public init(idHeader: String, ids: [String], columns: [MetadataColumn]) throws(SampleMetadataError) {
        var rows = [String: Int](minimumCapacity: ids.count)
        for (row, id) in ids.enumerated() {
            guard rows.updateValue(row, forKey: id) == nil else { throw .duplicateID(id) }
        }
        var names = Set<String>()
        for column in columns {
            guard names.insert(column.name).inserted else { throw .duplicateColumn(column.name) }
            guard column.values.count == ids.count else {
                throw .columnLength(column.name, column.values.count, ids.count)
            }
        }
        self.idHeader = idHeader
        self.ids = ids
        self.columns = columns
        self.rowOfID = rows
    }

    /// The row of a sample id, or `nil` when the metadata has no such sample.
    public func row(of id: String) -> Int? { rowOfID[id] }

    /// The column with this name, or `nil`.
    public func column(named name: String) -> MetadataColumn? { columns.first { $0.name == name } }

    /// The value of `column` for sample `id`: `nil` when missing or when either is unknown.
    public func value(_ column: String, for id: String) -> String? {
        guard let row = row(of: id), let column = self.column(named: column) else { return nil }
        return column.values[row]
    }
}

/// One metadata column. Values are kept as written; `nil` marks a missing value.
public struct MetadataColumn: Sendable, Equatable {
    public enum Kind: String, Sendable { case categorical, numeric }

    public let name: String
    public let kind: Kind
    public let values: [String?]

    public init(name: String, kind: Kind, values: [String?]) {
        self.name = name
        self.kind = kind
        self.values = values
    }

    /// Number of missing (`nil`) values.
    public var missingCount: Int { values.reduce(0) { $0 + ($1 == nil ? 1 : 0) } }

    /// Numeric values (`nil` where missing or not a number); meaningful for numeric columns.
    public var numericValues: [Double?] { values.map { $0.flatMap(Double.init) } }
}

/// Why metadata could not be assembled.
public enum SampleMetadataError: Error, CustomStringConvertible, Equatable {
    case duplicateID(String)
    case duplicateColumn(String)
    case columnLength(String, Int, Int)

    public var description: String {
        switch self {
        case .duplicateID(let id): return "sample id '\(id)' appears more than once"
        case .duplicateColumn(let name): return "column name '\(name)' appears more than once"
        case .columnLength(let name, let count, let expected):
            return "column '\(name)' has \(count) values for \(expected) samples"
        }
    }
}
