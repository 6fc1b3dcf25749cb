/// What can go wrong in a store, each with a one-line message for people (and logs: no health data).
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Another account already uses this email.
    case duplicateEmail
    /// A database URL neither `sqlite:` nor `postgres://` (the URL is not repeated: it may hold a password).
    case unsupportedURL(scheme: String)
    /// The database could not be opened or migrated.
    case openFailed(String)
    /// A statement failed; the message is the engine's, without arguments.
    case database(String)
    /// Text holding the NUL character (U+0000), which PostgreSQL refuses and SQLite would cut short:
    /// bad input, for a 400 rather than a 500.
    case unstorableText
    /// A stored row could not be read back (a value outside its type).
    case corruptRow(table: String, column: String)

    public var description: String {
        switch self {
        case .duplicateEmail: "an account with this email already exists"
        case .unsupportedURL(let scheme):
            "unsupported database URL scheme '\(scheme)': use sqlite:<path> or postgres://user@host:port/db"
        case .openFailed(let message): "cannot open the database: \(message)"
        case .database(let message): "database error: \(message)"
        case .unstorableText: "the text contains a NUL character, which cannot be stored"
        case .corruptRow(let table, let column): "unreadable value in \(table).\(column)"
        }
    }
}
