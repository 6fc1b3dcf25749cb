import ArgumentParser
import Foundation
import GutSkinFormats
import GutSkinLongitudinal

extension SumOfSquaresType: ExpressibleByArgument {}

/// `gutskin longitudinal anova --metadata M --formula 'shannon ~ arm * week' [--sstype I|II|III] -o out/`.
struct LongitudinalANOVACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anova",
        abstract: "ANOVA of an ordinary least-squares fit (type I, II or III sums of squares), as statsmodels' anova_lm.",
        discussion: """
            The formula takes patsy's language (+, *, :, C(column), - 1); rows with a missing value \
            in a formula column are left out. Writes anova.tsv and parameters.tsv into the -o folder.
            """)

    @Option(help: "Sample metadata (QIIME 2 TSV or QIIME 1 mapping file).")
    var metadata: String

    @Option(help: "The model, e.g. 'shannon ~ arm * week'; the response must be a numeric column.")
    var formula: String

    @Option(help: "Sums of squares: I (sequential), II or III.")
    var sstype: SumOfSquaresType = .II

    @Option(name: [.short, .customLong("output")], help: "Output folder.")
    var output: String

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let read = try MetadataTSV.read(path: metadata)
        let (rows, observations) = try LinearModelANOVA.table(metadata: read, file: metadata, formula: formula, type: sstype)
        let table = LongitudinalTables.anova(rows, type: sstype)
        try LongitudinalInputs.writeFolder(
            output,
            files: [
                ("anova.tsv", table),
                (
                    "parameters.tsv",
                    LongitudinalInputs.parameters([
                        ("Formula", formula), ("Sums of squares", sstype.rawValue), ("Observations", String(observations)),
                    ])
                ),
            ])
        print(table, terminator: "")
        if observations < read.ids.count {
            progress.note("note: \(read.ids.count - observations) rows with a missing value in a formula column left out")
        }
        progress.note("wrote \(output)")
    }
}
