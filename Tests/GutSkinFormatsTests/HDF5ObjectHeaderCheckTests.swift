import Foundation
import Testing

@testable import GutSkinFormats

/// The object-header size check before libhdf5 opens a file (issue 16): libhdf5 1.10 allocates a
/// header chunk's claimed size before reading it, so a small file could ask for gigabytes.
@Suite struct HDF5ObjectHeaderCheckTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// The biom-hdf5 target's finding: Fuzz/Seeds/biom-hdf5/hand-made-2x2.h5 changed by libFuzzer
    /// so that a header continuation claims more than the 37 KB file (libhdf5 asked for 1.4 GB).
    @Test func continuationPastTheEndIsRefused() throws {
        let path = Self.folder.appendingPathComponent("Malformed/biom-hdf5/object-header-larger-than-file.biom").path
        let error = #expect(throws: BIOMError.self) { try BIOMHDF5.read(path: path) }
        #expect(error?.description.contains("past the end of the file") == true)
        #expect(error?.description.hasPrefix(path) == true)
    }

    /// The biom-hdf5 target's fourth finding: the root attribute format-url's datatype changed from
    /// variable-length (class 9) to enum (class 8) in a 20-byte description, whose members libhdf5
    /// decoded past the message (a heap overflow in H5Aexists).
    @Test func attributeWithCutShortDatatypeIsRefused() throws {
        let path = Self.folder.appendingPathComponent("Malformed/biom-hdf5/attribute-datatype-cut-short.biom").path
        let error = #expect(throws: BIOMError.self) { try BIOMHDF5.read(path: path) }
        #expect(error?.description.contains("attribute message at byte 976: datatype class 8 is not read by gutskin") == true)
    }

    /// The biom-hdf5 target's sixth finding (a 10-minute run): a 2.6 KB file whose header
    /// continuations loop, walked 100,000 times before being refused (38 s in the fuzzing build).
    @Test func continuationLoopIsRefusedAtOnce() throws {
        let path = Self.folder.appendingPathComponent("Malformed/biom-hdf5/object-header-continuation-loop.biom").path
        let error = #expect(throws: BIOMError.self) { try BIOMHDF5.read(path: path) }
        #expect(error?.description.contains("continues into byte 800 a second time") == true)
    }

    /// Every header of the intact seed (root, groups and datasets listed in symbol-table nodes) fits.
    @Test func intactHeadersPass() throws {
        let seed = Self.folder.appendingPathComponent("../../Fuzz/Seeds/biom-hdf5/hand-made-2x2.h5").standardized
        #expect(HDF5ObjectHeaderCheck.problem(in: try Data(contentsOf: seed)) == nil)
    }
}
