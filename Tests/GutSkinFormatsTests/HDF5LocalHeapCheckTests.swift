import Foundation
import Testing

@testable import GutSkinFormats

/// The local-heap size check before libhdf5 opens a file: libhdf5 1.10 allocates a local heap's
/// stated data-segment size before reading it.
@Suite struct HDF5LocalHeapCheckTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// The biom-hdf5 target's fifth finding (CI's 20-second run, seed 1): hand-made-2x2.h5 with the
    /// data-segment size of the local heap at byte 27,120 changed from 88 to 0xFFFFFFFFFFFFFF58, so
    /// that libhdf5 asked for 2^64 − 136 bytes.
    @Test func heapLargerThanTheFileIsRefused() throws {
        let path = Self.folder.appendingPathComponent("Malformed/biom-hdf5/local-heap-larger-than-file.biom").path
        let error = #expect(throws: BIOMError.self) { try BIOMHDF5.read(path: path) }
        let description = error?.description ?? ""
        #expect(description.contains("local heap at byte 27120 claims 18446744073709551448 bytes"), "\(description)")
        #expect(error?.description.hasPrefix(path) == true)
    }

    /// Every local heap of the intact seed fits.
    @Test func intactHeapsPass() throws {
        let seed = Self.folder.appendingPathComponent("../../Fuzz/Seeds/biom-hdf5/hand-made-2x2.h5").standardized
        #expect(HDF5LocalHeapCheck.problem(in: try Data(contentsOf: seed)) == nil)
    }
}
