import Foundation
import GutSkinParallel

/// Checks an HDF5 file's global heap collections (where variable-length strings live) before
/// libhdf5 sees them. libhdf5 1.10 walks a collection's objects by their stated sizes and never
/// advances past a free-space object of size 0, so one changed byte makes `H5Dread` of a string
/// spin forever (found by fuzzing). Every `GCOL` signature in the file is walked here, in time
/// linear in the file's size, the way libhdf5 would walk it (HDF5 File Format Specification
/// v3.0, III.E "Global Heap"); a walk that would not advance or would overrun the collection is refused.
enum HDF5GlobalHeapCheck {
    /// Throws when a collection in `path` would stall or overrun libhdf5's reader, or an object
    /// header or a local heap claims more than the file holds (`HDF5ObjectHeaderCheck`,
    /// `HDF5LocalHeapCheck`).
    static func check(path: String) throws(HDF5Error) {
        guard let bytes = MappedFile.bytes(path) ?? (try? Data(contentsOf: URL(fileURLWithPath: path))) else { return }
        let checks: [@Sendable (Data) -> String?] = [problem(in:), HDF5ObjectHeaderCheck.problem(in:), HDF5LocalHeapCheck.problem(in:)]
        // Each check scans the whole file; a large one (a distance matrix) is scanned by all at once.
        let problems =
            bytes.count >= ParallelFileRead.minimumSize ? Parallel.map(count: checks.count) { checks[$0](bytes) } : checks.map { $0(bytes) }
        if let problem = problems.compactMap({ $0 }).first {
            throw HDF5Error(objectPath: "/", reason: problem)
        }
    }

    /// The first problem found in `bytes`, as a reason for people, or nil.
    static func problem(in bytes: Data) -> String? {
        let lengthSize = sizeOfLengths(bytes)
        let headerSize = 8 + lengthSize  // "GCOL", version, 3 reserved, collection size
        let objectHeaderSize = 8 + lengthSize  // index, reference count, 4 reserved, object size
        return bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> String? in
            guard let base = raw.baseAddress else { return nil }
            let signature = Array("GCOL".utf8)
            var start = 0
            while start + headerSize <= raw.count {
                // memchr finds each "G" fast; the rest of the signature is compared here.
                guard let found = memchr(base + start, Int32(signature[0]), raw.count - start) else { return nil }
                start = base.distance(to: UnsafeRawPointer(found))
                guard start + headerSize <= raw.count else { return nil }
                guard raw[start + 1] == signature[1], raw[start + 2] == signature[2], raw[start + 3] == signature[3],
                    raw[start + 4] == 1  // libhdf5 refuses other versions itself
                else {
                    start += 1
                    continue
                }
                let size = littleEndian(raw, at: start + 8, width: lengthSize)
                // A collection past the end of the file is refused by libhdf5 itself.
                if size >= UInt64(headerSize), size <= UInt64(raw.count - start) {
                    let end = start + Int(size)
                    var position = start + headerSize
                    while position < end && position + objectHeaderSize <= end {
                        let index = littleEndian(raw, at: position, width: 2)
                        let objectSize = littleEndian(raw, at: position + 8, width: lengthSize)
                        // libhdf5: objects take header + size rounded up to 8; free space (index 0) takes its size.
                        let (rounded, overflow) = objectSize.addingReportingOverflow(7)
                        let need = index > 0 ? (overflow ? UInt64.max : UInt64(objectHeaderSize) + rounded / 8 * 8) : objectSize
                        if need == 0 {
                            return "global heap at byte \(start) has an empty free-space entry at byte \(position) (corrupt file)"
                        }
                        if need > UInt64(end - position) {
                            return "global heap at byte \(start) has an object at byte \(position) larger than the heap (corrupt file)"
                        }
                        position += Int(need)
                    }
                }
                start += 1
            }
            return nil
        }
    }

    /// The superblock's "size of lengths" (8 in files written by h5py and biom-format), looked
    /// for where the format allows the superblock to start: byte 0, 512, 1024, 2048, ….
    static func sizeOfLengths(_ bytes: Data) -> Int {
        let signature: [UInt8] = [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A]
        var offset = 0
        while offset + 16 <= bytes.count {
            let start = bytes.startIndex + offset
            if Array(bytes[start..<(start + 8)]) == signature {
                let version = bytes[start + 8]
                let size = Int(version < 2 ? bytes[start + 14] : bytes[start + 10])
                return [2, 4, 8].contains(size) ? size : 8
            }
            offset = offset == 0 ? 512 : offset * 2
        }
        return 8
    }

    static func littleEndian(_ raw: UnsafeRawBufferPointer, at offset: Int, width: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in (0..<width).reversed() { value = value << 8 | UInt64(raw[offset + index]) }
        return value
    }
}
