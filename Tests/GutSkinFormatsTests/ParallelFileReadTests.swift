import Foundation
import Testing

@testable import GutSkinFormats

/// Large files are read in parts on several threads; the bytes must be the file's, in order.
struct ParallelFileReadTests {
    @Test func readsALargeFileByteForByte() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gutskin-parallel-read-\(UUID()).bin").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Not a multiple of the part size, and every byte depends on its place.
        let size = ParallelFileRead.minimumSize + 12_345
        var bytes = [UInt8](repeating: 0, count: size)
        for index in 0..<size { bytes[index] = UInt8(truncatingIfNeeded: index &* 2_654_435_761 >> 7) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let read = try #require(try ParallelFileRead.read(path))
        #expect(read.count == size)
        #expect(read == Data(bytes))
        #expect(try InputFile.read(path) == Data(bytes))
    }

    @Test func leavesSmallFilesAndFoldersToTheOrdinaryRead() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gutskin-small-read-\(UUID()).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("a\tb\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try ParallelFileRead.read(path) == nil)
        #expect(try ParallelFileRead.read(FileManager.default.temporaryDirectory.path) == nil)
        #expect(try InputFile.read(path) == Data("a\tb\n".utf8))
    }
}
