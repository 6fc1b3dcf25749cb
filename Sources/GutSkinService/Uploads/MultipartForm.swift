import Foundation

/// A `multipart/form-data` body (RFC 7578), parsed from memory: fields by name, each with the
/// file name the client sent (if any) and its bytes. The upload limit is enforced before this.
struct MultipartForm {
    struct Part {
        let name: String
        let fileName: String?
        let data: Data

        var text: String { String(decoding: data, as: UTF8.self) }
    }

    let parts: [Part]

    func part(_ name: String) -> Part? { parts.first { $0.name == name } }

    /// A file field, or nil when absent or left empty (a browser sends an empty part with no name).
    func file(_ name: String) -> Part? {
        guard let part = part(name), !(part.data.isEmpty && (part.fileName ?? "").isEmpty) else { return nil }
        return part
    }

    /// The boundary of a `multipart/form-data` content type, or nil for another type.
    static func boundary(contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return value.isEmpty || value.count > 200 ? nil : value
            }
        }
        return nil
    }

    init(parts: [Part]) { self.parts = parts }

    /// Parses `body`; a body that ends early or has malformed parts is an error saying so.
    init(body: Data, boundary: String) throws(ServiceError) {
        let delimiter = Array("--\(boundary)".utf8)
        let bytes = Data(body)  // indices from 0
        var parts = [Part]()
        guard var position = Self.find(delimiter, in: bytes, from: 0) else {
            throw ServiceError(.badRequest, "the multipart body has no part (boundary '\(boundary)' not found)")
        }
        let closing = Array("\r\n--\(boundary)".utf8)
        while true {
            position += delimiter.count
            if bytes.count >= position + 2, bytes[position] == 0x2D, bytes[position + 1] == 0x2D { break }  // "--": the end
            guard bytes.count >= position + 2, bytes[position] == 0x0D, bytes[position + 1] == 0x0A else {
                throw ServiceError(.badRequest, "the multipart body ends early (truncated upload?)")
            }
            position += 2
            guard let headerEnd = Self.find(Array("\r\n\r\n".utf8), in: bytes, from: position) else {
                throw ServiceError(.badRequest, "a multipart part's headers do not end (truncated upload?)")
            }
            let headers = String(decoding: bytes.subdata(in: position..<headerEnd), as: UTF8.self)
            let contentStart = headerEnd + 4
            guard let contentEnd = Self.find(closing, in: bytes, from: contentStart) else {
                throw ServiceError(.badRequest, "the multipart body ends early (truncated upload?)")
            }
            let (name, fileName) = try Self.disposition(headers)
            parts.append(Part(name: name, fileName: fileName, data: bytes.subdata(in: contentStart..<contentEnd)))
            position = contentEnd + 2
        }
        self.parts = parts
    }

    /// The field name and file name of a part's `Content-Disposition` header.
    private static func disposition(_ headers: String) throws(ServiceError) -> (String, String?) {
        for line in headers.components(separatedBy: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
            var name: String?
            var fileName: String?
            for parameter in line.split(separator: ";").dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pair.count == 2 else { continue }
                var value = pair[1]
                if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
                switch pair[0].lowercased() {
                case "name": name = value
                case "filename": fileName = value
                default: break
                }
            }
            if let name { return (name, fileName) }
        }
        throw ServiceError(.badRequest, "a multipart part has no Content-Disposition name")
    }

    /// The first index of `needle` in `haystack` at or after `start` (Foundation's search, fast in debug builds too).
    private static func find(_ needle: [UInt8], in haystack: Data, from start: Int) -> Int? {
        guard start <= haystack.count else { return nil }
        return haystack.range(of: Data(needle), in: start..<haystack.count)?.lowerBound
    }
}
