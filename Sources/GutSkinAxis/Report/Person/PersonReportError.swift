/// Why a person's report could not be made. Descriptions speak of the inputs, not of any
/// command-line flag; the CLI and the service add their own hints.
public enum PersonReportError: Error, CustomStringConvertible, Equatable {
    /// Neither a gut nor a skin sample was given.
    case noSample
    /// The named sample is not in its table.
    case noSuchSample(source: String, sample: String, sampleCount: Int, examples: [String])
    /// A gut sample was given but none of the references is a gut reference.
    case missingGutReference(references: [String])
    /// A skin sample was given but none of the references is a skin reference.
    case missingSkinReference(references: [String])
    /// A built-in reference could not be parsed (a build fault, never the user's input).
    case reference(ReferenceError)

    public var description: String {
        switch self {
        case .noSample:
            return "a report needs a gut sample or a skin sample"
        case .noSuchSample(let source, let sample, let count, let examples):
            let shown = examples.joined(separator: ", ") + (count > examples.count ? ", … (\(count - examples.count) more)" : "")
            return "\(source): no sample '\(sample)' (the table has \(count) samples, e.g. \(shown))"
        case .missingGutReference(let references):
            return "\(references.joined(separator: ", ")): a gut sample needs a gut reference; none of these is one"
        case .missingSkinReference(let references):
            return "\(references.joined(separator: ", ")): a skin sample needs a skin reference; none of these is one"
        case .reference(let error):
            return "\(error)"
        }
    }
}
