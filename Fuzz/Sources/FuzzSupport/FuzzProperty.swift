import Foundation

/// The properties checked beyond "no crash", each ending the run with `abort()` so libFuzzer
/// saves the input as a crash artifact and scripts/fuzz.sh fails.
public enum FuzzProperty {
    /// Stops the run: the property's name and what was seen go to stderr, then `abort()`.
    public static func fail(_ property: String, _ detail: String) -> Never {
        FileHandle.standardError.write(Data("\n==gutskin-fuzz== PROPERTY FAILED: \(property)\n\(detail)\n".utf8))
        abort()
    }

    /// A refused input gets one line that names the file: no line end, not empty.
    public static func expectOneLineError(_ error: any Error, file: String) {
        let message = String(describing: error)
        if message.contains(where: \.isNewline) { fail("one-line error", message) }
        if message.trimmingCharacters(in: .whitespaces).isEmpty { fail("one-line error", "empty message from \(type(of: error))") }
        if !message.contains(file) { fail("error names the file", "'\(message)' does not name \(file)") }
    }

    /// A value written and read back is the value read: `reread` parses `written`.
    public static func expectRoundTrip<Value: Equatable>(
        _ value: Value, written: @autoclosure () -> String, format: String, reread: () throws -> Value
    ) {
        let again: Value
        do {
            again = try reread()
        } catch {
            fail("\(format) round trip", "what was written does not read back: \(error)\n\(excerpt(written()))")
        }
        if again != value {
            fail("\(format) round trip", "read → write → read changed the value\nread:    \(excerpt("\(value)"))\n"
                + "again:   \(excerpt("\(again)"))\nwritten: \(excerpt(written()))")
        }
    }

    /// The first 2,000 characters of `text`, for messages.
    static func excerpt(_ text: String) -> String {
        text.count <= 2_000 ? text : String(text.prefix(2_000)) + "…"
    }
}
