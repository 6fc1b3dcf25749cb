import GutSkinCore
import GutSkinFormats
import GutSkinKernels
import Testing

@testable import GutSkinCLI

/// The flag hints the CLI adds to the layers' neutral errors: the wording a user read before the
/// layers stopped naming flags (expected strings are the old messages, by hand).
@Suite struct CommandLineHintsTests {
    static let cases: [(any Error, String)] = [
        (BetaMetricError.needsTree("unweighted_unifrac"), "unweighted_unifrac needs a phylogenetic tree (--tree)"),
        (AlphaDiversityError.treeRequired, "faith_pd needs a phylogenetic tree (--tree)"),
        (
            RarefactionError.noSampleDeepEnough(depth: 1000, deepest: 100),
            "no sample has 1000 reads (the deepest has 100); choose a smaller --depth"
        ),
        (SampleFilterError.conditionsNeedMetadata, "--where needs --metadata to say which samples have which values"),
        (
            DistanceMatrixMergeError.missingStripes(1..<3, stripeCount: 3),
            "stripes 1:3 of 3 are in no part; compute them with --stripes 1:3"
        ),
        (
            TableFormatError.unknownOutputExtension(file: "out.xyz"),
            "out.xyz: cannot tell the output format from the extension; use .biom, .json, .tsv or .qza, or --to"
        ),
        (
            DistanceMatrixSliceError.notASlice(file: "dm.h5"),
            "dm.h5: HDF5 path /: not a partial distance matrix written by 'gutskin beta --stripes'"
        ),
        (
            FileError(file: "t.tsv", cause: RarefactionError.noSampleDeepEnough(depth: 5, deepest: 3)),
            "t.tsv: no sample has 5 reads (the deepest has 3); choose a smaller --depth"
        ),
    ]

    @Test(arguments: 0..<cases.count) func hintNamesTheFlag(index: Int) {
        let (error, expected) = Self.cases[index]
        #expect(CommandLineHints.hint(for: error) == .init(message: expected, exitCode: 1))
        #expect(!"\(error)".contains("--"), "the layer's own message names no flag")
    }

    @Test func otherErrorsKeepTheirOwnMessage() {
        #expect(CommandLineHints.hint(for: FileError(file: "t.tsv", reason: "no such file")) == nil)
        #expect(CommandLineHints.hint(for: RarefactionError.notCounts) == nil)
    }

    @Test func treeErrorsAreTold() {
        #expect(CommandLineHints.concernsTree(BetaMetricError.needsTree("unweighted_unifrac")))
        #expect(CommandLineHints.concernsTree(UniFracError.featuresNotInTree(firstFew: ["a"], count: 1)))
        #expect(!CommandLineHints.concernsTree(RarefactionError.notCounts))
    }
}
