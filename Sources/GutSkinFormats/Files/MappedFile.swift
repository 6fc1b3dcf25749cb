import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A regular file's bytes mapped read-only (`mmap`), for scans that look at most of a large file
/// once: nothing is copied or allocated, and the pages come straight from the page cache (a
/// 238 MB matrix: Foundation's read copied it at about 0.2 s).
enum MappedFile {
    /// The file's bytes, unmapped when the `Data` is released; nil when it cannot be opened or
    /// mapped, or is empty or not a regular file.
    static func bytes(_ path: String) -> Data? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        return Data(bytesNoCopy: address, count: size, deallocator: .custom { pointer, count in _ = munmap(pointer, count) })
    }
}
