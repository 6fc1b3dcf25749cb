import Foundation
import GutSkinFormats
import TestSupport
import Testing

/// Runs every reader over the malformed files under `Malformed/<format>/`: each must fail with a
/// one-line message that names the file — never a trap, never a silent success.
@Suite struct MalformedCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Malformed")

    /// The reader for each corpus folder. A new folder without a reader fails `everyFolderHasAReader`.
    static let readers: [String: @Sendable (String) throws -> Void] = [
        "tsv-table": { _ = try ClassicTSVTable.read(path: $0) },
        "biom-json": { _ = try BIOMJSON.read(path: $0) },
        "biom-hdf5": { _ = try BIOMHDF5.read(path: $0) },
        "lsmat": { _ = try DistanceMatrixTSV.read(path: $0) },
        "qza": { _ = try QIIME2Artifact.readFeatureTable(path: $0) },
        "newick": { _ = try Newick.read(path: $0) },
        "metadata": { _ = try MetadataTSV.read(path: $0) },
        "metaphlan": { _ = try MetaPhlAnProfile.read(path: $0) },
        "breath-test": { _ = try BreathTestTSV.read(path: $0) },
        "ordination": { _ = try OrdinationFile.read(path: $0) },
    ]

    static var cases: [String] {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return folders.sorted().flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent(folder).path)) ?? [])
                .sorted().map { "\(folder)/\($0)" }
        }
    }

    @Test func everyFolderHasAReader() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)
        #expect(!folders.isEmpty)
        for folder in folders { #expect(Self.readers[folder] != nil, "no reader registered for Malformed/\(folder)") }
    }

    @Test(arguments: cases)
    func failsWithOneLineNamingTheFile(relativePath: String) throws {
        let folder = String(relativePath.split(separator: "/")[0])
        let path = Self.corpus.appendingPathComponent(relativePath).path
        let reader = try #require(Self.readers[folder])
        do {
            try reader(path)
            Issue.record("\(relativePath) was read without error")
        } catch {
            let message = String(describing: error)
            #expect(message.contains(path), "message does not name the file: \(message)")
            #expect(!message.contains("\n"), "message is not one line: \(message)")
        }
    }

    @Test(arguments: cases.filter { $0.hasPrefix("tsv-table/") || $0.hasPrefix("biom-json/") || $0.hasPrefix("qza/") })
    func tableDetectionAlsoFails(relativePath: String) {
        let path = Self.corpus.appendingPathComponent(relativePath).path
        #expect(throws: (any Error).self) { try FeatureTableFile.read(path: path) }
    }
}
