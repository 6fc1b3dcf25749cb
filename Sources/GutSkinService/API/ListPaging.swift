import Foundation
import GutSkinStore
import Hummingbird

/// The API's paged lists: `?limit=` (1–1000, default 100) and `?cursor=` (the previous page's
/// `next_cursor`, opaque to clients: the last row's id and creation time, base64url). The answer
/// is `{"<items>": […], "next_cursor": "…" | null}`.
struct ListPaging {
    static let defaultLimit = 100
    static let maxLimit = 1000

    let page: ListPage

    /// Reads `limit` and `cursor` from the query; a bad one is a 400.
    init(_ request: Request) throws {
        let query = request.uri.queryParameters
        var limit = Self.defaultLimit
        if let text = query["limit"] {
            guard let value = Int(String(text)), (1...Self.maxLimit).contains(value) else {
                throw ServiceError(.badRequest, "limit must be a whole number from 1 to \(Self.maxLimit)")
            }
            limit = value
        }
        var after: ListPage.Position?
        if let text = query["cursor"], !text.isEmpty {
            guard let position = Self.position(cursor: String(text)) else {
                throw ServiceError(.badRequest, "cursor is not a next_cursor this service gave")
            }
            after = position
        }
        // One more than asked, to know whether another page follows.
        page = ListPage(limit: limit + 1, after: after)
    }

    /// The page's items (at most `limit`) and the cursor of the next page, if there is one.
    func trim<Item>(_ items: [Item], position: (Item) -> ListPage.Position) -> (items: [Item], nextCursor: String?) {
        guard items.count >= page.limit, let last = items.dropLast().last else { return (items, nil) }
        return (Array(items.dropLast()), Self.cursor(position(last)))
    }

    static func cursor(_ position: ListPage.Position) -> String {
        let text = "\(position.id.uuidString.lowercased()) \(position.createdAt.timeIntervalSince1970.bitPattern)"
        return Data(text.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func position(cursor: String) -> ListPage.Position? {
        guard cursor.count <= 200 else { return nil }
        var base64 = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64) else { return nil }
        let parts = String(decoding: data, as: UTF8.self).split(separator: " ")
        guard parts.count == 2, let id = UUID(uuidString: String(parts[0])), let bits = UInt64(parts[1]) else { return nil }
        let seconds = Double(bitPattern: bits)
        guard seconds.isFinite else { return nil }
        return ListPage.Position(id: id, createdAt: Date(timeIntervalSince1970: seconds))
    }
}

/// `{"<key>": [items], "next_cursor": … | null}`.
struct PagedList<Item: Encodable>: Encodable {
    let key: String
    let items: [Item]
    let nextCursor: String?

    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(items, forKey: Key(stringValue: key))
        try container.encode(nextCursor, forKey: Key(stringValue: "next_cursor"))
    }
}
