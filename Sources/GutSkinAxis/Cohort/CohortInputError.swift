import GutSkinFormats

/// Why a cohort's metadata does not fit the analysis asked for. Descriptions speak of the
/// columns and values; the CLI adds the option that fixes each (`CommandLineHints`).
public enum CohortInputError: Error, CustomStringConvertible, Equatable {
    /// A named column is not in the metadata (`purpose` says what it was named for, e.g. "covariate").
    case noColumn(file: String, column: String, available: [String], purpose: String?)
    /// No sample has the named site value.
    case noSiteValue(file: String, column: String, value: String, role: SiteRole, present: [String])
    /// A condition column never holds the answer that marks a case.
    case noPositiveAnswer(file: String, column: String, positive: String, values: [String])
    /// A named condition is not a value of the condition column.
    case noConditionValue(file: String, column: String, value: String, observed: [String])
    /// The control value is not in the condition column.
    case noControlValue(file: String, column: String, control: String)

    public var description: String {
        switch self {
        case .noColumn(let file, let column, let available, let purpose):
            if let purpose { return "\(file): has no column '\(column)' (\(purpose))" }
            let shown = available.prefix(12).joined(separator: ", ") + (available.count > 12 ? ", … (\(available.count - 12) more)" : "")
            return "\(file): has no column '\(column)' (columns: \(shown))"
        case .noSiteValue(let file, let column, let value, let role, let present):
            let shown = present.prefix(10).map { "'\($0)'" }.joined(separator: ", ")
            return "\(file): no sample has \(column) = '\(value)' (the \(role.rawValue) site); values: \(shown)"
        case .noPositiveAnswer(let file, let column, let positive, let values):
            let shown =
                values.isEmpty
                ? "only blank cells" : "values: " + values.prefix(10).joined(separator: ", ") + (values.count > 10 ? ", …" : "")
            return "\(file): column \(column) has no value '\(positive)' (\(shown)); name the answer marking a case"
        case .noConditionValue(let file, let column, let value, let observed):
            return "\(file): column '\(column)' has no value '\(value)' (values: \(observed.prefix(10).joined(separator: ", ")))"
        case .noControlValue(let file, let column, let control):
            return "\(file): column '\(column)' has no value '\(control)' (the control value)"
        }
    }
}
