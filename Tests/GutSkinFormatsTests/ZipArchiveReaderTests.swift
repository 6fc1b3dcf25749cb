import Foundation
import Testing

@testable import GutSkinFormats

/// The bounded zip reader under `.qza` artifacts (issue 16): a small damaged archive fails at once
/// with a reason, where ZIPFoundation's reader looped forever. Without the bounds the first test
/// never finishes.
@Suite struct ZipArchiveReaderTests {
    static let malformed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Malformed/qza")

    /// The qza target's finding: Fuzz/Seeds/qza/valid-table.qza with 12 bytes changed by libFuzzer;
    /// two are inside the deflate stream of feature-table.biom, which then never ends.
    @Test func deflateStreamThatNeverEndsIsRefused() throws {
        let path = Self.malformed.appendingPathComponent("deflate-stream-never-ends.qza").path
        let error = #expect(throws: QIIME2ArtifactError.self) { try QIIME2Artifact.readFeatureTable(path: path) }
        #expect(
            error?.description == "\(path): cannot extract cb67de34-6f60-4516-a8f7-7f3cfc4b415a/data/feature-table.biom: "
                + "its deflate stream does not end inside its 1509 compressed bytes")
    }

    /// An entry claiming more than deflate can produce from its bytes (a zip bomb's claim) is refused
    /// before anything is allocated; so is a directory that lists more entries than the file can hold.
    @Test func impossibleSizesAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let valid = try Data(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../Fuzz/Seeds/qza/valid-table.qza").standardized)
        let reader = try ZipArchiveReader(path: write(valid, to: folder, "valid.qza"))
        let biom = try #require(reader.entries.last)
        #expect(biom.path.hasSuffix("/data/feature-table.biom"))
        #expect(try reader.data(of: biom).count == biom.uncompressedSize)

        // The central directory's uncompressed size of the last entry is at its record + 24.
        var bomb = valid
        let directory = try #require(valid.range(of: Data(biom.path.utf8), options: .backwards)).lowerBound - 46
        bomb.replaceSubrange((directory + 24)..<(directory + 28), with: [0x00, 0x00, 0x00, 0x7F])
        let bombed = try ZipArchiveReader(path: write(bomb, to: folder, "bomb.qza"))
        let error = #expect(throws: QIIME2ArtifactError.self) { try bombed.data(of: #require(bombed.entries.last)) }
        #expect(error?.description.contains("more than deflate can produce") == true)

        // The end record's entry count is at its offset + 10 (the end record is the last 22 bytes here).
        var crowded = valid
        crowded.replaceSubrange((valid.count - 12)..<(valid.count - 10), with: [0xFF, 0x7F])
        let crowdedPath = try write(crowded, to: folder, "crowded.qza")
        let refusal = #expect(throws: QIIME2ArtifactError.self) { try ZipArchiveReader(path: crowdedPath) }
        #expect(refusal?.description.contains("does not fit in the file") == true)
    }

    private func write(_ data: Data, to folder: URL, _ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }
}
