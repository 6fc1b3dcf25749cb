import Foundation

/// Where JSON text stops being valid, for one-line errors: Foundation says "around character N";
/// people need the line and column.
public enum JSONSyntaxPlace {
    /// "line L, column C: <Foundation's message>" for a JSONSerialization error on `data`.
    public static func describe(_ error: any Error, in data: Data) -> String {
        let message = (error as NSError).userInfo["NSDebugDescription"] as? String ?? "not valid JSON"
        guard let range = message.range(of: #"character (\d+)"#, options: .regularExpression),
            let offset = Int(message[range].dropFirst("character ".count))
        else { return message }
        var line = 1
        var column = 1
        for byte in data.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return
            "line \(line), column \(column): \(message.replacingOccurrences(of: #" around character \d+"#, with: "", options: .regularExpression))"
    }

    /// Parses `data` as JSON, or throws a readable description of where it is invalid.
    public static func check(_ data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            return describe(error, in: data)
        }
    }
}
