import ArgumentParser
import GutSkinCore
import GutSkinFormats

/// `gutskin beta-merge PART... -o dm.h5`: assembles slices from `gutskin beta --stripes`.
struct BetaMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beta-merge",
        abstract: "Assemble distance-matrix slices (from beta --stripes) into the whole matrix.")

    @Argument(help: "Slices (.h5) covering every stripe once, in any order.")
    var parts: [String]

    @Option(name: [.short, .customLong("output")], help: "Output: .tsv, .h5 or .qza.")
    var output: String

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        guard !parts.isEmpty else { throw ValidationError("give the slices to merge") }
        guard DistanceMatrixFile.Format(outputPath: output) != nil else {
            throw ValidationError("cannot tell the output format from '\(output)'; use .tsv, .h5 or .qza")
        }
    }

    func run() throws {
        let slices = try parts.map { try DistanceMatrixHDF5.readPartial(path: $0) }
        // Slices of different computations are named before any merging.
        for (path, slice) in zip(parts, slices).dropFirst() {
            if let difference = slices[0].disagreement(with: slice) {
                throw FileError(file: path, reason: "not a slice of the same computation as \(parts[0]): they differ in \(difference)")
            }
        }
        var matrix: DistanceMatrix
        do {
            matrix = try DistanceMatrix(merging: slices)
        } catch {
            throw FileError(file: parts.joined(separator: ", "), cause: error)
        }
        // fp32 slices hold float values; the merged matrix is stored as one fp32 run stores it.
        if slices[0].provenance?.precision == "fp32", case .fp64(let values) = matrix.storage {
            matrix = try DistanceMatrix(ids: matrix.ids, condensed: values.map(Float.init))
        }
        try DistanceMatrixFile.write(matrix, to: output)
        progress.note("wrote \(output): \(slices[0].metric) distances between \(grouped(matrix.count)) samples from \(slices.count) slices")
    }
}
