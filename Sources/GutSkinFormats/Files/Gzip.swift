import CGutSkinZlib
import Foundation

/// gzip decompression through zlib, so every reader accepts `.gz` input.
enum Gzip {
    /// True when `data` starts with the gzip magic bytes.
    static func isCompressed(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
    }

    /// Decompresses gzip (or zlib) data, including concatenated gzip members.
    static func decompress(_ data: Data) throws(GzipError) -> Data {
        try decompress(data, prefixOnly: nil)
    }

    /// The first `count` (or so) decompressed bytes of `data`, which may be only the start of a
    /// gzip file: enough to recognise a format without inflating a whole file twice.
    static func decompressedPrefix(_ data: Data, count: Int) -> Data {
        (try? decompress(data, prefixOnly: count)) ?? Data()
    }

    private static func decompress(_ data: Data, prefixOnly limit: Int?) throws(GzipError) -> Data {
        var stream = z_stream()
        // 15 + 32: any window size, detect gzip or zlib header automatically.
        guard gutskin_inflateInit2(&stream, 15 + 32) == Z_OK else { throw .corrupt("zlib could not start") }
        defer { inflateEnd(&stream) }
        var output = Data()
        output.reserveCapacity(data.count * 4)
        let chunkSize = 1 << 20
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var status: Int32 = Z_OK
        let consumed: Int = data.withUnsafeBytes { (input: UnsafeRawBufferPointer) -> Int in
            guard let base = input.baseAddress else {
                status = Z_STREAM_END
                return 0
            }
            stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
            stream.avail_in = uInt(input.count)
            while true {
                chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(chunkSize)
                    status = inflate(&stream, Z_NO_FLUSH)
                    output.append(buffer.baseAddress!, count: chunkSize - Int(stream.avail_out))
                }
                if status == Z_STREAM_END {
                    // Another gzip member may follow (files made by `cat a.gz b.gz`).
                    if stream.avail_in > 0 && inflateReset(&stream) == Z_OK { continue }
                    break
                }
                if status != Z_OK { break }
                if let limit, output.count >= limit { break }
                if stream.avail_in == 0 && stream.avail_out != 0 { break }
            }
            return input.count - Int(stream.avail_in)
        }
        guard status == Z_STREAM_END || (limit != nil && status == Z_OK) else {
            throw .corrupt(
                consumed >= data.count ? "the compressed data ends too early" : "compressed data is damaged near byte \(consumed)")
        }
        return output
    }

}

/// A gzip stream that could not be read.
enum GzipError: Error {
    case corrupt(String)
}
