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
        // One slice in memory at a time: each is checked against the first, placed, and let go.
        let first = try DistanceMatrixHDF5.readPartial(path: parts[0])
        var merger = DistanceMatrixMerger(like: first, singlePrecision: first.provenance?.precision == "fp32")
        let metric = first.metric
        do {
            try merger.add(first)
            for path in parts.dropFirst() {
                let slice = try DistanceMatrixHDF5.readPartial(path: path)
                // Slices of different computations are named before any merging.
                if let difference = first.disagreement(with: slice) {
                    throw FileError(file: path, reason: "not a slice of the same computation as \(parts[0]): they differ in \(difference)")
                }
                try merger.add(slice)
            }
        } catch let error as DistanceMatrixMergeError {
            throw FileError(file: parts.joined(separator: ", "), cause: error)
        }
        let matrix: DistanceMatrix
        do {
            matrix = try merger.matrix()
        } catch {
            throw FileError(file: parts.joined(separator: ", "), cause: error)
        }
        try DistanceMatrixFile.write(matrix, to: output)
        progress.note("wrote \(output): \(metric) distances between \(grouped(matrix.count)) samples from \(parts.count) slices")
    }
}
