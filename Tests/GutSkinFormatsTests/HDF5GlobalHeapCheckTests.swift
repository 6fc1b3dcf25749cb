import Foundation
import Testing

@testable import GutSkinFormats

/// The global heap check before libhdf5 opens a file (issue 16): libhdf5 1.10 loops forever on a
/// heap whose free-space entry has size 0, so such a file must be refused first. Without the check
/// the first test never finishes.
@Suite struct HDF5GlobalHeapCheckTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// The biom-hdf5 target's finding: Fuzz/Seeds/biom-hdf5/hand-made-2x2.h5 with 5 bytes changed
    /// by libFuzzer; one makes object 13 of the heap at byte 2048 empty, so the walk meets a
    /// free-space entry of size 0 at byte 2472.
    @Test func emptyFreeSpaceEntryIsRefusedBeforeLibHDF5() throws {
        let path = Self.folder.appendingPathComponent("Malformed/biom-hdf5/global-heap-empty-free-space.biom").path
        let error = #expect(throws: BIOMError.self) { try BIOMHDF5.read(path: path) }
        #expect(error?.description.contains("global heap at byte 2048 has an empty free-space entry at byte 2472") == true)
        #expect(error?.description.hasPrefix(path) == true)
    }

    /// The untouched seed passes the check (its heap's objects fill it exactly) and reads.
    @Test func intactHeapPasses() throws {
        let seed = Self.folder.appendingPathComponent("../../Fuzz/Seeds/biom-hdf5/hand-made-2x2.h5").standardized
        #expect(HDF5GlobalHeapCheck.problem(in: try Data(contentsOf: seed)) == nil)
        #expect(try BIOMHDF5.read(path: seed.path).sampleIDs.count == 2)
    }

    /// An object larger than the rest of its heap is refused too (libhdf5 would read past the heap).
    @Test func objectLargerThanTheHeapIsRefused() {
        var heap = Data("GCOL".utf8) + [1, 0, 0, 0] + littleEndian(64)  // a 64-byte collection
        heap += littleEndian16(1) + [0, 0, 0, 0, 0, 0] + littleEndian(4096)  // object 1 claims 4 KB
        heap += Data(count: 64 - heap.count)
        #expect(HDF5GlobalHeapCheck.problem(in: heap)?.contains("larger than the heap") == true)
    }

    private func littleEndian(_ value: UInt64) -> Data { Data((0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }) }
    private func littleEndian16(_ value: UInt16) -> Data { Data([UInt8(value & 0xFF), UInt8(value >> 8)]) }
}
