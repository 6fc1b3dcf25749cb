import ArgumentParser
import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinMultivariate

/// `gutskin adonis DM --metadata M --formula 'condition + age' [--permutations 999] [--seed S] [--threads N] [--json]`.
struct AdonisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adonis",
        abstract: "PERMANOVA of a linear model of metadata columns, as vegan's adonis2 by terms (McArdle & Anderson 2001).",
        discussion: """
            Sequential (type I) sums of squares per term, with R², pseudo-F and a permutation \
            p-value per term (free permutations of the samples, seeded), then the residual and \
            total rows. Formula: column names joined by + (a:b interaction, a * b = a + b + a:b; \
            backquote names with spaces or symbols). Categorical columns are treatment-coded, \
            numeric ones used as they are. Samples absent from the metadata or missing a value \
            in any formula column are dropped and counted.
            """)

    @Argument(help: "Distance matrix (.tsv, .h5 or .qza).")
    var distanceMatrix: String

    @Option(help: "Sample metadata (QIIME 2 metadata or QIIME 1 mapping file).")
    var metadata: String

    @Option(help: "Right-hand side of the model, e.g. 'condition + age'.")
    var formula: String

    @OptionGroup var permutation: PermutationOptions

    func validate() throws {
        do { _ = try AdonisFormula(parsing: formula) } catch { throw ValidationError(error.description) }
    }

    func run() throws {
        let model: AdonisFormula
        do { model = try AdonisFormula(parsing: formula) } catch { throw ValidationError(error.description) }
        let matrix = try DistanceMatrixFile.read(path: distanceMatrix)
        let sampleMetadata = try MetadataTSV.read(path: metadata)
        let columns = model.columns
        let selection = try MetadataSelection(matrix: matrix, metadata: sampleMetadata, metadataPath: metadata, columns: columns)
        if let note = selection.droppedNote(columns: columns) { permutation.progress.note(note) }
        var variables = [String: AdonisVariable]()
        for (position, name) in columns.enumerated() {
            let values = selection.values.map { $0[position] }
            if sampleMetadata.column(named: name)?.kind == .numeric {
                let numbers = values.compactMap(Double.init)
                guard numbers.count == values.count else {
                    throw FileError(file: metadata, reason: "column '\(name)' is numeric but holds a value that is not a number")
                }
                variables[name] = .numeric(numbers)
            } else {
                variables[name] = .categorical(values)
            }
        }
        let result: AdonisResult
        do {
            result = try adonis(
                selection.matrix, formula: model, variables: variables, permutations: permutation.permutations, seed: permutation.seed,
                threads: permutation.threads)
        } catch {
            throw FileError(file: metadata, reason: "the model '\(formula)' cannot be fitted: \(error.description)")
        }
        print(permutation.json ? Self.json(result, dropped: selection.droppedCount) : Self.text(result, dropped: selection.droppedCount))
    }

    static func text(_ result: AdonisResult, dropped: Int) -> String {
        var lines = [
            "method name             adonis (sequential sums of squares)",
            "sample size             \(result.sampleSize)",
            "number of permutations  \(result.permutations)",
            "dropped samples         \(dropped)",
            "",
            ["term", "df", "sum of squares", "R2", "pseudo-F", "p-value"].joined(separator: "\t"),
        ]
        for row in result.rows {
            lines.append(
                [
                    row.term, "\(row.degreesOfFreedom)", StatisticsReport.number(row.sumOfSquares),
                    StatisticsReport.number(row.rSquared),
                    row.pseudoF.map(StatisticsReport.number) ?? "", row.pValue.map(StatisticsReport.number) ?? "",
                ].joined(separator: "\t"))
        }
        return lines.joined(separator: "\n")
    }

    /// Keys: `method`, `sample_size`, `permutations`, `dropped_samples`, `terms` (objects with
    /// `term`, `df`, `sum_of_squares`, `r_squared`, `test_statistic`, `p_value`).
    static func json(_ result: AdonisResult, dropped: Int) -> String {
        let rows = result.rows.map { row -> [String: Any] in
            [
                "term": row.term, "df": row.degreesOfFreedom,
                "sum_of_squares": StatisticsReport.jsonNumber(row.sumOfSquares),
                "r_squared": StatisticsReport.jsonNumber(row.rSquared),
                "test_statistic": StatisticsReport.jsonNumber(row.pseudoF),
                "p_value": StatisticsReport.jsonNumber(row.pValue),
            ]
        }
        return StatisticsReport.serialize([
            "method": "adonis", "test_statistic_name": "pseudo-F", "sample_size": result.sampleSize,
            "permutations": result.permutations, "dropped_samples": dropped, "terms": rows,
        ])
    }
}
