import Foundation

/// One page of a list in (created_at, id) order: at most `limit` rows after `after`, the last row
/// of the previous page (nil: the first page). Keyset paging, so rows added meanwhile are neither
/// skipped nor repeated.
public struct ListPage: Sendable, Equatable {
    /// Where the previous page ended: its last row's id and creation time. The store orders by the
    /// row's stored time when the row still exists (exact, whatever the engine's precision) and
    /// falls back to `createdAt` when it was deleted meanwhile.
    public struct Position: Sendable, Equatable {
        public var id: UUID
        public var createdAt: Date

        public init(id: UUID, createdAt: Date) {
            self.id = id
            self.createdAt = createdAt
        }
    }

    public var limit: Int
    public var after: Position?

    public init(limit: Int, after: Position? = nil) {
        self.limit = limit
        self.after = after
    }
}
