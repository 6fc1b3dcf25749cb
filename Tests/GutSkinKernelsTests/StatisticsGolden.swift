import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinKernels
import TestSupport
import Testing

/// Golden statistics written by `scripts/reference/stats_golden.py` (scikit-bio 0.7.4): PERMANOVA,
/// ANOSIM and pairwise PERMANOVA of pgp.biom's Bray–Curtis by body_site, Mantel between its
/// Bray–Curtis and Jaccard matrices, and a hand-checkable 6-sample case.
struct StatisticsGolden {
    let object: [String: Any]

    static func load() throws -> StatisticsGolden {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/stats-pgp-braycurtis.json.gz").path
        return StatisticsGolden(object: try #require(try JSONSerialization.jsonObject(with: InputFile.read(path)) as? [String: Any]))
    }

    /// A repr-string value read exactly.
    static func number(_ value: Any?) throws -> Double {
        let text = try #require(value as? String)
        guard let number = Double(text) else { throw GoldenFileError("golden value '\(text)' is not a number") }
        return number
    }

    /// |computed − expected| ≤ 1e-10 · max(1, |expected|).
    static func agrees(_ computed: Double, _ expected: Double) -> Bool {
        abs(computed - expected) <= 1e-10 * max(1, abs(expected))
    }

    /// pgp.biom's Bray–Curtis and Jaccard matrices over all samples, or `nil` (SKIPPED) without shared data.
    static func pgpMatrices(test: String = #function) throws -> (brayCurtis: DistanceMatrix, jaccard: DistanceMatrix)? {
        guard let path = SharedData.path("pgp.biom", test: test) else { return nil }
        let table = try FeatureTableFile.read(path: path)
        let all = PairSelection.all(table.sampleCount)
        let bc = try BrayCurtisKernel(table).distances(for: all, threads: 2, progress: nil)
        let jac = try JaccardKernel(table).distances(for: all, threads: 2, progress: nil)
        return (try DistanceMatrix(ids: table.sampleIDs, condensed: bc), try DistanceMatrix(ids: table.sampleIDs, condensed: jac))
    }

    /// The golden's small case: a 6-sample matrix, a second matrix and a grouping.
    func small() throws -> (matrix: DistanceMatrix, other: DistanceMatrix, grouping: [String], entry: [String: Any]) {
        let entry = try #require(object["small"] as? [String: Any])
        let ids = try #require(entry["ids"] as? [String])
        let matrix = try DistanceMatrix(ids: ids, condensed: try #require(entry["condensed"] as? [Double]))
        let other = try DistanceMatrix(ids: ids, condensed: try #require(entry["other_condensed"] as? [Double]))
        return (matrix, other, try #require(entry["grouping"] as? [String]), entry)
    }

    /// pgp's Bray–Curtis restricted to the golden's samples, with their body sites (read from the
    /// shared mapping with gutskin's reader), or `nil` without shared data.
    func pgpByBodySite(test: String = #function) throws -> (matrix: DistanceMatrix, grouping: [String])? {
        guard let matrices = try Self.pgpMatrices(test: test),
            let mappingPath = SharedData.path("pgp-mapping.tsv", test: test)
        else { return nil }
        let metadata = try MetadataTSV.read(path: mappingPath)
        let samples = try #require(object["samples"] as? [String])
        let grouping = try samples.map { try #require(metadata.value("body_site", for: $0)) }
        return (try matrices.brayCurtis.filtered(to: samples), grouping)
    }
}
