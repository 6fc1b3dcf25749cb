/// Why a longitudinal analysis could not run: each case names the file and the place (column, id)
/// so the message fits on one line for people.
public enum LongitudinalError: Error, CustomStringConvertible, Equatable {
    case missingColumn(file: String, column: String)
    case sameColumnTwice(column: String)
    case notNumeric(file: String, column: String, sample: String, value: String)
    case stateNotNumeric(file: String, column: String, state: String)
    case sameStates(state: String)
    case tooFewStates(file: String, column: String)
    case stateAbsent(file: String, column: String, state: String)
    case stateAbsentInGroup(file: String, column: String, state: String, group: String)
    case replicate(file: String, column: String, individual: String, state: String, samples: [String])
    case metricNotFound(metric: String, metadataFile: String, tableFile: String?)
    case samplesMissingFromMetadata(file: String, samples: [String])
    case noPairs(detail: String)
    case oneLevel(file: String, column: String, level: String)
    case tooFewRows(file: String, rows: Int, parameters: Int)
    case singularDesign(file: String)
    case linearAlgebraFailed(routine: String, status: Int)

    public var description: String {
        switch self {
        case .missingColumn(let file, let column): return "\(file): no column '\(column)'"
        case .sameColumnTwice(let column):
            return "the column '\(column)' is given for two roles; individual, group, state and metric columns must differ"
        case .notNumeric(let file, let column, let sample, let value):
            return "\(file): column '\(column)', sample '\(sample)': '\(value)' is not a number"
        case .stateNotNumeric(let file, let column, let state):
            return "\(file): column '\(column)' is numeric but the state '\(state)' is not a number"
        case .sameStates(let state): return "the two states are the same ('\(state)'); choose two different states"
        case .tooFewStates(let file, let column): return "\(file): column '\(column)' needs at least two different states"
        case .stateAbsent(let file, let column, let state): return "\(file): column '\(column)' has no state '\(state)'"
        case .stateAbsentInGroup(let file, let column, let state, let group):
            return "\(file): column '\(column)': no member of group '\(group)' has state '\(state)'"
        case .replicate(let file, let column, let individual, let state, let samples):
            return "\(file): individual '\(individual)' has \(samples.count) samples at \(column) \(state) "
                + "(\(samples.joined(separator: ", "))); remove replicates or choose a replicate handling (random, drop)"
        case .metricNotFound(let metric, let metadataFile, let tableFile):
            let table = tableFile.map { ", a feature of \($0) or an alpha-diversity metric of it" } ?? ""
            return "\(metadataFile): '\(metric)' is not a metadata column\(table)"
        case .samplesMissingFromMetadata(let file, let samples):
            let shown = samples.prefix(5).joined(separator: ", ") + (samples.count > 5 ? ", … (\(samples.count - 5) more)" : "")
            return "\(file): \(samples.count) sample(s) have no metadata: \(shown)"
        case .noPairs(let detail): return "no paired samples: \(detail)"
        case .oneLevel(let file, let column, let level):
            return "\(file): column '\(column)' has one level ('\(level)') among the complete rows; a model needs at least two"
        case .tooFewRows(let file, let rows, let parameters):
            return "\(file): \(rows) complete rows for \(parameters) fixed effects; the model needs more rows than parameters"
        case .linearAlgebraFailed(let routine, let status): return "LAPACK \(routine) failed (status \(status))"
        case .singularDesign(let file):
            return "\(file): the model cannot be fitted (a singular design: columns that are constant or duplicate one another)"
        }
    }
}
