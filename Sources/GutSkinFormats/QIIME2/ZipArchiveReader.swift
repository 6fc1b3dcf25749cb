import CGutSkinZlib
import Foundation

/// A zip archive (a `.qza`) read with bounds, so a small crafted file cannot keep gutskin busy or
/// make it allocate much: the central directory and every entry's bytes must lie inside the file,
/// an entry may not claim more than deflate can produce from its compressed bytes, inflating stops
/// at the declared size, a deflate stream must end inside its own compressed bytes, and the CRC-32
/// is checked. ZIPFoundation's reader loops forever on a stream that never ends (found by fuzzing).
struct ZipArchiveReader {
    /// One entry of the central directory.
    struct Entry {
        let path: String
        let compressionMethod: UInt16
        let isEncrypted: Bool
        let compressedSize: Int
        let uncompressedSize: Int
        let crc32: UInt32
        let localHeaderOffset: Int
    }

    /// The most bytes deflate can produce from one compressed byte (zlib's technical notes: 1032:1).
    static let deflateMaximumRatio = 1_032

    let file: String
    let entries: [Entry]
    private let bytes: Data

    /// Opens `path` and reads its central directory; throws `.unreadable` for anything that is not
    /// a zip archive whose directory lies inside the file.
    init(path: String) throws(QIIME2ArtifactError) {
        file = path
        do {
            bytes = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw .unreadable(file: path, reason: "cannot be read")
        }
        entries = try Self.centralDirectory(of: bytes, file: path)
    }

    /// The first entry named `path`.
    subscript(path: String) -> Entry? { entries.first { $0.path == path } }

    /// The entry's uncompressed bytes, checked against its declared size and CRC-32.
    func data(of entry: Entry) throws(QIIME2ArtifactError) -> Data {
        func fail(_ reason: String) -> QIIME2ArtifactError { .unreadable(file: file, reason: "cannot extract \(entry.path): \(reason)") }
        guard !entry.isEncrypted else { throw fail("it is encrypted") }
        let header = entry.localHeaderOffset
        guard header <= bytes.count else { throw fail("its local header lies past the end of the archive") }
        guard (try? Self.uint32(bytes, at: header, file: file)) == 0x0403_4B50,
            let nameLength = try? Self.uint16(bytes, at: header + 26, file: file),
            let extraLength = try? Self.uint16(bytes, at: header + 28, file: file)
        else { throw fail("its local header is missing or damaged") }
        let start = header + 30 + Int(nameLength) + Int(extraLength)
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
            throw fail("its \(entry.compressedSize) compressed bytes run past the end of the archive")
        }
        // One zlib call (inflate, CRC-32) takes at most 4 GiB.
        guard entry.compressedSize < Int(UInt32.max), entry.uncompressedSize < Int(UInt32.max) else {
            throw fail("entries over 4 GiB are not supported")
        }
        let compressed = bytes.subdata(in: (bytes.startIndex + start)..<(bytes.startIndex + start + entry.compressedSize))
        let output: Data
        switch entry.compressionMethod {
        case 0:
            guard entry.compressedSize == entry.uncompressedSize else { throw fail("stored sizes disagree") }
            output = compressed
        case 8:
            guard entry.uncompressedSize <= entry.compressedSize * Self.deflateMaximumRatio + 64 else {
                throw fail("it claims \(entry.uncompressedSize) bytes from \(entry.compressedSize), more than deflate can produce")
            }
            output = try Self.inflate(compressed, expectedSize: entry.uncompressedSize) { fail($0) }
        default:
            throw fail("compression method \(entry.compressionMethod) is not supported (only stored and deflate)")
        }
        let checksum = output.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> UInt32 in
            UInt32(truncatingIfNeeded: crc32(0, raw.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(raw.count)))
        }
        guard checksum == entry.crc32 else { throw fail("CRC-32 mismatch (the archive is damaged)") }
        return output
    }

    /// Raw-deflate `compressed` in one zlib call into a buffer one byte larger than `expectedSize`:
    /// time and memory are bounded by the two sizes whatever the stream holds.
    private static func inflate(
        _ compressed: Data, expectedSize: Int, _ fail: (String) -> QIIME2ArtifactError
    ) throws(QIIME2ArtifactError) -> Data {
        var stream = z_stream()
        guard gutskin_inflateInit2(&stream, -15) == Z_OK else { throw fail("zlib could not start") }
        defer { inflateEnd(&stream) }
        var output = Data(count: expectedSize + 1)
        var status: Int32 = Z_OK
        compressed.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
                stream.avail_in = uInt(input.count)
                stream.next_out = out.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(out.count)
                status = CGutSkinZlib.inflate(&stream, Z_FINISH)
            }
        }
        let produced = Int(stream.total_out)
        switch status {
        case Z_STREAM_END where produced == expectedSize: break
        case Z_STREAM_END: throw fail("it inflates to \(produced) bytes, not the declared \(expectedSize)")
        case Z_BUF_ERROR where stream.avail_out == 0: throw fail("it inflates to more than the declared \(expectedSize) bytes")
        case Z_BUF_ERROR: throw fail("its deflate stream does not end inside its \(compressed.count) compressed bytes")
        default: throw fail("its compressed data is damaged")
        }
        output.count = expectedSize
        return output
    }
}
