import Foundation
import Hummingbird

/// An `application/x-www-form-urlencoded` body (at most 64 KB) as its name–value pairs in order,
/// repeated names kept: a group of checkboxes sends one pair per ticked box (FormBody keeps the first).
struct FormPairs {
    let pairs: [(name: String, value: String)]

    static func read(_ request: Request) async throws -> FormPairs {
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: 64 * 1024) } catch {
            throw ServiceError(.contentTooLarge, "the form is larger than 64 KB")
        }
        return FormPairs(text: String(buffer: buffer))
    }

    init(text: String) {
        func decode(_ text: Substring) -> String {
            String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
        }
        pairs = text.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    /// The first value sent under `name`.
    subscript(name: String) -> String? { pairs.first { $0.name == name }?.value }

    /// Every value sent under `name`, in order.
    func all(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }
}
