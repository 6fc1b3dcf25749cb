import Foundation
import Testing

@testable import GutSkinFormats

/// The stored-chunk check before libhdf5 reads a chunked dataset (issue 16): libhdf5 1.10 copies a
/// whole chunk out of a smaller stored one, so such a file must be refused first. Without the check
/// the first test reads past a heap buffer (AddressSanitizer reports it; an ordinary build reads junk).
@Suite struct HDF5DatasetChunkCheckTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// The biom-hdf5 target's finding: Fuzz/Seeds/biom-hdf5/hand-made-2x2.h5 with 59 bytes changed
    /// by libFuzzer; /observation/ids lost its deflate filter, so its 24 stored (compressed) bytes
    /// stand for a 32-byte chunk of two variable-length strings.
    @Test func chunkStoredInFewerBytesThanItHoldsIsRefused() throws {
        let path = Self.folder.appendingPathComponent("Malformed/biom-hdf5/chunk-decodes-short.biom").path
        let error = #expect(throws: BIOMError.self) { try BIOMHDF5.read(path: path) }
        #expect(error?.description.contains("/observation/ids: chunk at [0] holds 24 bytes, fewer than its 32") == true)
        #expect(error?.description.contains("\n") == false)
    }

    /// Intact deflated chunks pass: the seed reads, every chunk inflated to its full size.
    @Test func intactDeflatedChunksPass() throws {
        let seed = Self.folder.appendingPathComponent("../../Fuzz/Seeds/biom-hdf5/hand-made-2x2.h5").standardized.path
        let table = try BIOMHDF5.read(path: seed)
        #expect(table.featureIDs.count == 2)
    }
}
