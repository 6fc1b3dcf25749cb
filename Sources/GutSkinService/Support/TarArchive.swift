import Foundation

/// A POSIX ustar archive built in memory: the account export (originals + report JSON) as one
/// file any `tar` reads, with no dependency. Entry names are kept under 100 bytes.
struct TarArchive {
    private(set) var data = Data()
    private var names = Set<String>()

    /// Adds a file; a name used twice gets a numbered suffix so nothing is overwritten on extraction.
    mutating func add(name: String, contents: Data, modified: Date = Date()) {
        var entryName = Self.safeName(name)
        var counter = 2
        while names.contains(entryName) {
            entryName = Self.safeName("\(counter)-\(name)")
            counter += 1
        }
        names.insert(entryName)
        var header = [UInt8](repeating: 0, count: 512)
        func put(_ text: String, at offset: Int, length: Int) {
            for (index, byte) in text.utf8.prefix(length).enumerated() { header[offset + index] = byte }
        }
        func octal(_ value: Int, length: Int) -> String {
            let digits = String(value, radix: 8)
            return String(repeating: "0", count: max(0, length - 1 - digits.count)) + digits
        }
        put(entryName, at: 0, length: 100)
        put(octal(0o644, length: 8), at: 100, length: 7)
        put(octal(0, length: 8), at: 108, length: 7)
        put(octal(0, length: 8), at: 116, length: 7)
        put(octal(contents.count, length: 12), at: 124, length: 11)
        put(octal(max(0, Int(modified.timeIntervalSince1970)), length: 12), at: 136, length: 11)
        put("        ", at: 148, length: 8)  // checksum field counts as spaces
        header[156] = UInt8(ascii: "0")
        put("ustar", at: 257, length: 6)
        put("00", at: 263, length: 2)
        let checksum = header.reduce(0) { $0 + Int($1) }
        put(octal(checksum, length: 7), at: 148, length: 6)
        header[154] = 0
        header[155] = UInt8(ascii: " ")
        data.append(contentsOf: header)
        data.append(contents)
        let padding = (512 - contents.count % 512) % 512
        data.append(Data(count: padding))
    }

    /// The finished archive: entries then two empty blocks.
    func finished() -> Data { data + Data(count: 1024) }

    /// A relative name without `..`, leading slashes or control characters, at most 99 bytes.
    static func safeName(_ name: String) -> String {
        let parts = name.split(separator: "/").map { part in
            String(part.unicodeScalars.map { $0.value < 0x20 || $0 == "\\" ? "_" : Character($0) })
        }.filter { $0 != ".." && $0 != "." && !$0.isEmpty }
        var joined = parts.joined(separator: "/")
        if joined.isEmpty { joined = "file" }
        while joined.utf8.count > 99 { joined.removeFirst() }
        return joined
    }
}
