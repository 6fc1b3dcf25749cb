import Foundation

/// Reading a zip archive's end record and central directory (ZIP64 included), every offset and
/// length checked against the file so a damaged or crafted archive fails with a reason.
extension ZipArchiveReader {
    static func centralDirectory(of bytes: Data, file: String) throws(QIIME2ArtifactError) -> [Entry] {
        func fail(_ reason: String) -> QIIME2ArtifactError { .unreadable(file: file, reason: reason) }
        // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535 at the end.
        let lowest = max(0, bytes.count - 22 - 65_535)
        var end = bytes.count - 22
        while end >= lowest, (try? uint32(bytes, at: end, file: file)) != 0x0605_4B50 { end -= 1 }
        guard end >= lowest else { throw fail("not a zip archive, so not a QIIME 2 artifact") }
        var count = Int(try uint16(bytes, at: end + 10, file: file))
        var size = Int(try uint32(bytes, at: end + 12, file: file))
        var offset = Int(try uint32(bytes, at: end + 16, file: file))
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            // ZIP64: a locator just before the end record points at the ZIP64 end record.
            guard end >= 20, try uint32(bytes, at: end - 20, file: file) == 0x0706_4B50 else {
                throw fail("ZIP64 end record is missing")
            }
            let record = try int(uint64(bytes, at: end - 12, file: file), file: file)
            guard record <= bytes.count, try uint32(bytes, at: record, file: file) == 0x0606_4B50 else {
                throw fail("ZIP64 end record is damaged")
            }
            count = try int(uint64(bytes, at: record + 32, file: file), file: file)
            size = try int(uint64(bytes, at: record + 40, file: file), file: file)
            offset = try int(uint64(bytes, at: record + 48, file: file), file: file)
        }
        // Each directory entry takes at least 46 bytes, so the count is bounded by the file's size.
        guard offset <= bytes.count, size <= bytes.count - offset, count <= size / 46 else {
            throw fail("the zip directory (\(count) entries, \(size) bytes at \(offset)) does not fit in the file")
        }
        var entries = [Entry]()
        entries.reserveCapacity(count)
        var position = offset
        for index in 0..<count {
            guard try uint32(bytes, at: position, file: file) == 0x0201_4B50 else {
                throw fail("zip directory entry \(index + 1) is damaged")
            }
            let flags = try uint16(bytes, at: position + 8, file: file)
            let nameLength = Int(try uint16(bytes, at: position + 28, file: file))
            let extraLength = Int(try uint16(bytes, at: position + 30, file: file))
            let commentLength = Int(try uint16(bytes, at: position + 32, file: file))
            let name = try slice(bytes, at: position + 46, count: nameLength, file: file)
            // Uncompressed size, compressed size, local header offset.
            var sizes = [
                UInt64(try uint32(bytes, at: position + 24, file: file)), UInt64(try uint32(bytes, at: position + 20, file: file)),
                UInt64(try uint32(bytes, at: position + 42, file: file)),
            ]
            try readZIP64Sizes(&sizes, extra: slice(bytes, at: position + 46 + nameLength, count: extraLength, file: file), file: file)
            entries.append(
                Entry(
                    path: String(decoding: name, as: UTF8.self),
                    compressionMethod: try uint16(bytes, at: position + 10, file: file),
                    isEncrypted: flags & 1 != 0,
                    compressedSize: try int(sizes[1], file: file),
                    uncompressedSize: try int(sizes[0], file: file),
                    crc32: try uint32(bytes, at: position + 16, file: file),
                    localHeaderOffset: try int(sizes[2], file: file)))
            position += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }

    /// Replaces the 32-bit fields that hold 0xFFFFFFFF with the ZIP64 extra field's 64-bit values
    /// (in the order uncompressed size, compressed size, offset — only those that overflowed).
    private static func readZIP64Sizes(_ sizes: inout [UInt64], extra: Data, file: String) throws(QIIME2ArtifactError) {
        guard sizes.contains(0xFFFF_FFFF) else { return }
        var position = 0
        while position + 4 <= extra.count {
            let id = try uint16(extra, at: position, file: file)
            let length = Int(try uint16(extra, at: position + 2, file: file))
            if id == 0x0001 {
                var field = position + 4
                for index in sizes.indices where sizes[index] == 0xFFFF_FFFF {
                    sizes[index] = try uint64(extra, at: field, file: file)
                    field += 8
                }
                return
            }
            position += 4 + length
        }
        throw .unreadable(file: file, reason: "a ZIP64 entry has no ZIP64 sizes")
    }

    static func slice(_ bytes: Data, at offset: Int, count: Int, file: String) throws(QIIME2ArtifactError) -> Data {
        guard offset >= 0, count >= 0, offset <= bytes.count, count <= bytes.count - offset else {
            throw .unreadable(file: file, reason: "the zip directory runs past the end of the file")
        }
        return bytes.subdata(in: (bytes.startIndex + offset)..<(bytes.startIndex + offset + count))
    }

    static func uint16(_ bytes: Data, at offset: Int, file: String) throws(QIIME2ArtifactError) -> UInt16 {
        UInt16(try littleEndian(bytes, at: offset, width: 2, file: file))
    }

    static func uint32(_ bytes: Data, at offset: Int, file: String) throws(QIIME2ArtifactError) -> UInt32 {
        UInt32(try littleEndian(bytes, at: offset, width: 4, file: file))
    }

    static func uint64(_ bytes: Data, at offset: Int, file: String) throws(QIIME2ArtifactError) -> UInt64 {
        try littleEndian(bytes, at: offset, width: 8, file: file)
    }

    /// A size or offset as `Int`, refusing values beyond it.
    static func int(_ value: UInt64, file: String) throws(QIIME2ArtifactError) -> Int {
        guard let result = Int(exactly: value) else { throw .unreadable(file: file, reason: "a zip size or offset is too large") }
        return result
    }

    private static func littleEndian(_ bytes: Data, at offset: Int, width: Int, file: String) throws(QIIME2ArtifactError) -> UInt64 {
        guard offset >= 0, offset <= bytes.count - width else {
            throw .unreadable(file: file, reason: "the zip structure runs past the end of the file")
        }
        var value: UInt64 = 0
        for index in (0..<width).reversed() { value = value << 8 | UInt64(bytes[bytes.startIndex + offset + index]) }
        return value
    }
}
