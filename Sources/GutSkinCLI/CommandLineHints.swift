import Foundation
import GutSkinAxis
import GutSkinCore
import GutSkinFormats
import GutSkinKernels

/// The one place where errors from the layers below the CLI — which speak of the thing that is
/// missing or wrong, never of a flag — are told to a command-line user: the message with the
/// option that fixes it, and the exit code. (A service maps the same cases to HTTP statuses.)
enum CommandLineHints {
    /// What the CLI prints for an error (after "gutskin: error: ") and the exit code it uses.
    struct Hint: Equatable {
        let message: String
        let exitCode: Int32
    }

    /// The CLI's wording for `error` when it is a case that has a flag hint; nil for every
    /// other error, whose own description is printed. A `FileError` built with a cause keeps
    /// its file name in front of the cause's hint.
    static func hint(for error: any Error) -> Hint? {
        if let error = error as? FileError, let cause = error.cause, let hint = hint(for: cause) {
            return Hint(message: "\(error.file): \(hint.message)", exitCode: hint.exitCode)
        }
        guard let message = message(for: error) else { return nil }
        return Hint(message: message, exitCode: 1)
    }

    /// The message with its flag hint, or nil.
    private static func message(for error: any Error) -> String? {
        switch error {
        case let error as BetaMetricError:
            switch error {
            case .needsTree: return "\(error.description) (--tree)"
            }
        case let error as AlphaDiversityError:
            switch error {
            case .treeRequired: return "\(error.description) (--tree)"
            default: return nil
            }
        case let error as RarefactionError:
            switch error {
            case .noSampleDeepEnough: return "\(error.description); choose a smaller --depth"
            default: return nil
            }
        case let error as SampleFilterError:
            switch error {
            case .conditionsNeedMetadata: return "--where needs --metadata to say which samples have which values"
            default: return nil
            }
        case let error as DistanceMatrixMergeError:
            switch error {
            case .missingStripes(let range, _):
                return "\(error.description); compute them with --stripes \(range.lowerBound):\(range.upperBound)"
            default: return nil
            }
        case let error as TableFormatError:
            switch error {
            case .unknownOutputExtension(let file):
                return "\(file): cannot tell the output format from the extension; use .biom, .json, .tsv or .qza, or --to"
            }
        case let error as DistanceMatrixSliceError:
            switch error {
            case .notASlice(let file):
                return "\(file): HDF5 path /: not a partial distance matrix written by 'gutskin beta --stripes'"
            }
        case let error as PersonReportError:
            switch error {
            case .missingGutReference(let names):
                return "\(names.joined(separator: ", ")): --sample needs a gut reference; none of these is one"
            case .missingSkinReference(let names):
                return "\(names.joined(separator: ", ")): --skin-sample needs a skin reference; none of these is one"
            default: return nil
            }
        case let error as CohortInputError:
            switch error {
            case .noColumn(let file, let column, _, "covariate"): return "\(file): has no column '\(column)' (--covariate)"
            case .noSiteValue(let file, let column, let value, let role, let present):
                let shown = present.prefix(10).map { "'\($0)'" }.joined(separator: ", ")
                return "\(file): no sample has \(column) = '\(value)' (--\(role.rawValue)); values: \(shown)"
            case .noPositiveAnswer:
                return error.description.replacingOccurrences(
                    of: "; name the answer marking a case", with: "; set --positive to the answer marking a case")
            case .noControlValue(let file, let column, let control):
                return "\(file): column '\(column)' has no value '\(control)' (--control)"
            default: return nil
            }
        case let error as ReferenceError:
            switch error {
            case .tooFewSamples:
                return error.description.replacingOccurrences(
                    of: "(a lower depth or a wider selection)", with: "(lower --depth or widen --where)")
            case .noSamplesSelected: return "no samples match the selection (check --where against the metadata)"
            default: return nil
            }
        default:
            return nil
        }
    }

    /// Whether `error` is about the phylogenetic tree (so a message should name the tree file
    /// rather than the table): a metric that needs one, or a tree that does not fit the table.
    static func concernsTree(_ error: any Error) -> Bool {
        switch error {
        case let error as FileError: return error.cause.map(concernsTree) ?? false
        case is BetaMetricError, is PhylogeneticTreeError: return true
        case let error as UniFracError:
            switch error {
            case .featuresNotInTree, .ambiguousTip: return true
            default: return false
            }
        case let error as AlphaDiversityError:
            switch error {
            case .treeRequired, .featuresNotInTree, .duplicateTipNames: return true
            default: return false
            }
        default: return false
        }
    }
}
