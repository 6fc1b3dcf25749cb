import ArgumentParser
import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinKernels

/// Options of the group tests (`permanova`, `anosim`, `permdisp`).
struct GroupTestOptions: ParsableArguments {
    @Argument(help: "Distance matrix (.tsv, .h5 or .qza).")
    var distanceMatrix: String

    @Option(help: "Sample metadata (QIIME 2 metadata or QIIME 1 mapping file).")
    var metadata: String

    @Option(help: "Metadata column whose values are the groups (numbers are treated as category labels, as in scikit-bio).")
    var column: String

    @OptionGroup var permutation: PermutationOptions

    var permutations: Int { permutation.permutations }
    var seed: UInt64 { permutation.seed }
    var threads: Int? { permutation.threads }
    var json: Bool { permutation.json }
    var progress: ProgressOptions { permutation.progress }

    /// The matrix restricted to samples with a value in `column`, their labels, and the count dropped.
    func load() throws -> (matrix: DistanceMatrix, labels: [String], dropped: Int) {
        let matrix = try DistanceMatrixFile.read(path: distanceMatrix)
        let sampleMetadata = try MetadataTSV.read(path: metadata)
        let selection = try MetadataSelection(matrix: matrix, metadata: sampleMetadata, metadataPath: metadata, columns: [column])
        if let note = selection.droppedNote(columns: [column]) { progress.note(note) }
        return (selection.matrix, selection.values.map { $0[0] }, selection.droppedCount)
    }

    /// Prints the result as a table or JSON.
    func report(_ result: PermutationTestResult, dropped: Int, pairwise: [PairwiseComparison]? = nil) {
        print(
            json
                ? StatisticsReport.json(result, droppedSamples: dropped, pairwise: pairwise)
                : StatisticsReport.text(result, droppedSamples: dropped, pairwise: pairwise))
    }

    /// A kernel's refusal, as an error naming the input.
    func failure(_ error: PermutationTestError) -> FileError {
        FileError(file: metadata, reason: "column '\(column)' cannot be tested: \(error.description)")
    }
}
