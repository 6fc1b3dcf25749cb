import ArgumentParser
import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinMultivariate

/// `gutskin pcoa DM [--dimensions K] [--method auto|eigh|fsvd] [--seed S] -o ordination.txt|ordination.qza`.
struct PCoACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pcoa",
        abstract: "Principal coordinate analysis of a distance matrix, as scikit-bio's pcoa.",
        discussion: """
            Gower-centres −½D² and keeps the leading K axes (all by default). --method eigh \
            decomposes exactly (only the top K eigenpairs when K is given); fsvd is the randomized \
            approximation of Halko et al. (2011), reproducible for a --seed. The default, auto, is \
            eigh up to 20,000 samples and fsvd with 10 axes (unless --dimensions says) beyond, where \
            all axes no longer fit comfortably; the note on stderr says which ran. The output is \
            scikit-bio's ordination text (read by Emperor) or, for .qza, a QIIME 2 PCoAResults artifact.
            """)

    @Argument(help: "Distance matrix (.tsv, .h5 or DistanceMatrix .qza).")
    var matrix: String

    @Option(help: "Number of axes to keep (default: all, as many as samples).")
    var dimensions: Int?

    @Option(help: "auto, eigh (exact) or fsvd (randomized, for a few axes of a large matrix).")
    var method: PCoAMethod = .auto

    @Option(help: "Seed of fsvd's random start.")
    var seed: UInt64 = 0

    @Option(help: "Threads for centring (default: all cores).")
    var threads: Int?

    @Option(name: [.short, .customLong("output")], help: "Output: ordination text (.txt) or PCoAResults .qza.")
    var output: String

    @OptionGroup var progress: ProgressOptions

    enum PCoAMethod: String, ExpressibleByArgument, CaseIterable { case auto, eigh, fsvd }

    func validate() throws {
        if let dimensions, dimensions < 1 { throw ValidationError("--dimensions must be at least 1") }
        let name = output.lowercased()
        guard name.hasSuffix(".txt") || name.hasSuffix(".qza") else {
            throw ValidationError("write the ordination as .txt (scikit-bio's text format) or .qza (PCoAResults), not '\(output)'")
        }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let distances = try DistanceMatrixFile.read(path: matrix)
        if let dimensions, dimensions > distances.count {
            throw FileError(file: matrix, reason: "--dimensions \(dimensions) is more than its \(distances.count) samples")
        }
        let chosen: (method: PrincipalCoordinates.Method, dimensions: Int?)
        switch method {
        case .auto: chosen = PrincipalCoordinates.Method.automatic(sampleCount: distances.count, dimensions: dimensions)
        case .eigh: chosen = (.eigh, dimensions)
        case .fsvd: chosen = (.fsvd, dimensions)
        }
        let ordination: PrincipalCoordinates
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            ordination = try PrincipalCoordinates(
                distances, dimensions: chosen.dimensions, method: chosen.method, seed: seed, threads: threads)
        } catch {
            throw FileError(file: matrix, cause: error)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        for warning in ordination.warnings { progress.note("warning: \(warning)") }
        try OrdinationFile.write(ordination.ordinationResults, to: output)
        let how =
            switch (method, chosen.method) {
            case (.auto, .fsvd): "fsvd, randomized: chosen for more than \(grouped(PrincipalCoordinates.Method.exactSampleLimit)) samples"
            case (_, .fsvd): "fsvd, randomized"
            case (_, .eigh): "eigh, exact"
            }
        progress.note(
            "wrote \(output): \(ordination.axisCount) axes for \(grouped(distances.count)) samples by \(how) (PCoA \(String(format: "%.2f", seconds)) s)"
        )
    }
}
