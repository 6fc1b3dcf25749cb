import Foundation

/// Checks the sizes HDF5 object headers claim before libhdf5 allocates them: libhdf5 1.10 mallocs
/// a header's (or continuation chunk's) claimed size before reading it, so a 37 KB file asked for
/// 1.4 GB (found by fuzzing). Version-1 headers — the root group's and every one a symbol-table
/// node (`SNOD`) lists — are walked with their continuation chunks; version-2 headers (`OHDR`) have
/// their first chunk's size checked. A size past the end of the file is refused (HDF5 File Format
/// Specification v3.0, II.A superblock, III.B symbol table nodes, IV.A object headers).
enum HDF5ObjectHeaderCheck {
    /// The most header chunks walked; more is refused as corrupt.
    static let chunkLimit = 100_000

    /// The first problem found in `bytes`, as a reason for people, or nil.
    static func problem(in bytes: Data) -> String? {
        bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> String? in
            guard raw.count >= 64, let superblock = superblockOffset(raw) else { return nil }
            let version = raw[superblock + 8]
            var headers = [Int]()
            if version <= 1 {
                let offsetSize = Int(raw[superblock + 13])
                let lengthSize = Int(raw[superblock + 14])
                guard [4, 8].contains(offsetSize), [4, 8].contains(lengthSize) else { return nil }
                // The root group's symbol-table entry follows the fixed fields and four addresses.
                let entry = superblock + 24 + (version == 1 ? 4 : 0) + 4 * offsetSize
                headers.append(Int(clamping: value(raw, at: entry + offsetSize, width: offsetSize)))
                headers += symbolTableHeaders(raw, offsetSize: offsetSize)
                var walked = Set<Int>()  // chunk starts: each chunk of a valid file belongs to one header, once
                var visited = Set<Int>()
                for header in headers where visited.insert(header).inserted {
                    if let problem = walkVersion1(raw, header: header, offsetSize: offsetSize, lengthSize: lengthSize, walked: &walked) {
                        return problem
                    }
                }
            }
            return version2Problem(raw)
        }
    }

    /// Every object header address listed in a symbol-table node.
    private static func symbolTableHeaders(_ raw: UnsafeRawBufferPointer, offsetSize: Int) -> [Int] {
        var headers = [Int]()
        let entrySize = 2 * offsetSize + 24
        var start = 0
        while let found = find("SNOD", in: raw, from: start) {
            let count = Int(value(raw, at: found + 6, width: 2))
            for index in 0..<count {
                let entry = found + 8 + index * entrySize
                guard entry + entrySize <= raw.count else { break }
                headers.append(Int(clamping: value(raw, at: entry + offsetSize, width: offsetSize)))
            }
            start = found + 1
        }
        return headers
    }

    /// Walks a version-1 header's messages, following continuation messages (type 0x10).
    private static func walkVersion1(
        _ raw: UnsafeRawBufferPointer, header: Int, offsetSize: Int, lengthSize: Int, walked: inout Set<Int>
    ) -> String? {
        // Compared by subtraction: an address read from the file may be near Int.max.
        guard header >= 0, header <= raw.count - 16, raw[header] == 1 else { return nil }  // libhdf5 refuses the rest
        var chunks = [(start: header + 16, size: Int(value(raw, at: header + 8, width: 4)))]
        while let chunk = chunks.popLast() {
            // A continuation back to a chunk already walked is a loop (a 2.6 KB file listed 100,000 chunks).
            guard walked.insert(chunk.start).inserted else {
                return "object header at byte \(header) continues into byte \(chunk.start) a second time (corrupt file?)"
            }
            guard walked.count <= chunkLimit else { return "more than \(chunkLimit) object header chunks (corrupt file?)" }
            guard chunk.start >= 0, chunk.size <= raw.count - min(chunk.start, raw.count) else {
                return "object header at byte \(header) claims \(chunk.size) bytes past the end of the file (corrupt file?)"
            }
            var message = chunk.start
            while message + 8 <= chunk.start + chunk.size {
                let type = value(raw, at: message, width: 2)
                let size = Int(value(raw, at: message + 2, width: 2))
                if type == 0x10, message + 8 + 2 * offsetSize <= raw.count {
                    let address = value(raw, at: message + 8, width: offsetSize)
                    let length = value(raw, at: message + 8 + offsetSize, width: offsetSize)
                    guard address < UInt64(raw.count), length <= UInt64(raw.count) - address else {
                        return "object header at byte \(header) continues in \(length) bytes past the end of the file (corrupt file?)"
                    }
                    chunks.append((Int(address), Int(length)))
                }
                let flags = value(raw, at: message + 4, width: 1)
                let room = min(size, chunk.start + chunk.size - message - 8)
                if type == 0x03, flags & 0x02 == 0,  // a dataset's datatype stored here, not shared
                    let problem = HDF5AttributeMessageCheck.datatypeProblem(raw, at: message + 8, size: room)
                {
                    return "datatype message at byte \(message): \(problem)"
                }
                if type == 0x0C, flags & 0x02 == 0,  // an attribute stored here, not shared
                    let problem = HDF5AttributeMessageCheck.problem(
                        raw, at: message + 8, size: room, offsetSize: offsetSize,
                        lengthSize: lengthSize)
                {
                    return problem
                }
                message += 8 + (size + 7) / 8 * 8
            }
        }
        return nil
    }

    /// A version-2 header whose first chunk claims more bytes than the file holds.
    private static func version2Problem(_ raw: UnsafeRawBufferPointer) -> String? {
        var start = 0
        while let found = find("OHDR", in: raw, from: start) {
            start = found + 1
            guard found + 6 <= raw.count, raw[found + 4] == 2 else { continue }
            let flags = raw[found + 5]
            var field = found + 6 + (flags & 0x20 != 0 ? 16 : 0) + (flags & 0x10 != 0 ? 4 : 0)
            let width = 1 << Int(flags & 0x03)
            guard field + width <= raw.count else { continue }
            let size = value(raw, at: field, width: width)
            field += width
            if size > UInt64(raw.count - field) {
                return "object header at byte \(found) claims \(size) bytes past the end of the file (corrupt file?)"
            }
        }
        return nil
    }

    private static func superblockOffset(_ raw: UnsafeRawBufferPointer) -> Int? {
        let signature: [UInt8] = [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A]
        var offset = 0
        while offset + 96 <= raw.count {
            if (0..<8).allSatisfy({ raw[offset + $0] == signature[$0] }) { return offset }
            offset = offset == 0 ? 512 : offset * 2
        }
        return nil
    }

    private static func find(_ signature: String, in raw: UnsafeRawBufferPointer, from start: Int) -> Int? {
        let bytes = Array(signature.utf8)
        guard let base = raw.baseAddress else { return nil }
        var position = start
        while position + bytes.count <= raw.count {
            guard let found = memchr(base + position, Int32(bytes[0]), raw.count - position) else { return nil }
            position = base.distance(to: UnsafeRawPointer(found))
            guard position + bytes.count <= raw.count else { return nil }
            if (1..<bytes.count).allSatisfy({ raw[position + $0] == bytes[$0] }) { return position }
            position += 1
        }
        return nil
    }

    private static func value(_ raw: UnsafeRawBufferPointer, at offset: Int, width: Int) -> UInt64 {
        guard offset >= 0, offset + width <= raw.count else { return 0 }
        var result: UInt64 = 0
        for index in (0..<width).reversed() { result = result << 8 | UInt64(raw[offset + index]) }
        return result
    }
}
