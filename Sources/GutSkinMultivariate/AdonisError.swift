/// Why an adonis model cannot be fitted.
public enum AdonisError: Error, CustomStringConvertible, Equatable {
    case badFormula(String, reason: String)
    case unknownColumn(String)
    case columnLength(String, values: Int, samples: Int)
    case nonFiniteValue(column: String, sample: Int)
    case negativePermutations(Int)
    case noResidualDegreesOfFreedom(samples: Int, modelColumns: Int)

    public var description: String {
        switch self {
        case .badFormula(let formula, let reason): return "cannot read the formula '\(formula)': \(reason)"
        case .unknownColumn(let name): return "the formula names '\(name)', which is not a metadata column"
        case .columnLength(let name, let values, let samples):
            return "column '\(name)' has \(values) values for \(samples) samples"
        case .nonFiniteValue(let column, let sample):
            return "column '\(column)' has a value that is not a finite number (sample \(sample + 1))"
        case .negativePermutations(let count): return "the number of permutations must be zero or more (got \(count))"
        case .noResidualDegreesOfFreedom(let samples, let columns):
            return "\(samples) samples leave no residual degrees of freedom for a model with \(columns) columns"
        }
    }
}
