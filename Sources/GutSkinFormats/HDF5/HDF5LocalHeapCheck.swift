import Foundation

/// Checks an HDF5 file's local heaps (where a group's member names live) before libhdf5 sees
/// them. libhdf5 1.10 allocates a heap's stated data-segment size before reading it, so one
/// changed length field makes it ask for exabytes (found by fuzzing). Every `HEAP` signature of
/// version 0 is read here (HDF5 File Format Specification v3.0, III.D "Local Heap"): signature,
/// version, 3 reserved bytes, then the data segment's size; a size larger than the file is refused.
enum HDF5LocalHeapCheck {
    /// The first local heap in `bytes` claiming more than the file holds, as a reason, or nil.
    static func problem(in bytes: Data) -> String? {
        let lengthSize = HDF5GlobalHeapCheck.sizeOfLengths(bytes)
        let prefixSize = 8 + lengthSize  // "HEAP", version, 3 reserved, data segment size
        return bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> String? in
            guard let base = raw.baseAddress else { return nil }
            let signature = Array("HEAP".utf8)
            var start = 0
            while start + prefixSize <= raw.count {
                // memchr finds each "H" fast; the rest of the signature is compared here.
                guard let found = memchr(base + start, Int32(signature[0]), raw.count - start) else { return nil }
                start = base.distance(to: UnsafeRawPointer(found))
                guard start + prefixSize <= raw.count else { return nil }
                if raw[start + 1] == signature[1], raw[start + 2] == signature[2], raw[start + 3] == signature[3], raw[start + 4] == 0 {
                    let size = HDF5GlobalHeapCheck.littleEndian(raw, at: start + 8, width: lengthSize)
                    if size > UInt64(raw.count) {
                        return "local heap at byte \(start) claims \(size) bytes, more than the file's \(raw.count) (corrupt file)"
                    }
                }
                start += 1
            }
            return nil
        }
    }
}
