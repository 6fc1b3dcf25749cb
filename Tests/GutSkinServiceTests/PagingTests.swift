import Foundation
import GutSkinStore
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import GutSkinService

/// The API's lists come a page at a time (`limit`, `cursor` → `next_cursor`): every row once, in
/// order, nothing of another account's, and a bad limit or cursor is a 400.
@Suite struct PagingTests {
    /// A table of `count` samples (S1…), uploaded in one request; returns the samples' ids in order.
    static func uploadTable(samples count: Int, _ user: APIUser, _ client: some TestClientProtocol) async throws -> [String] {
        let names = (1...count).map { "S\($0)" }
        var table = "#OTU ID\t" + names.joined(separator: "\t") + "\ttaxonomy\n"
        table += "f1\t" + names.indices.map { "\($0 + 3)" }.joined(separator: "\t")
        table += "\tk__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Lachnospiraceae; g__Blautia\n"
        table += "f2\t" + names.indices.map { "\(2 * $0 + 1)" }.joined(separator: "\t")
        table += "\tk__Bacteria; p__Bacteroidetes; c__Bacteroidia; o__Bacteroidales; f__Bacteroidaceae; g__Bacteroides\n"
        var form = Multipart()
        form.file("table", fileName: "plate.tsv", Data(table.utf8))
        let answer = try await client.execute(
            uri: "/api/v1/samples", method: .post, headers: form.headers(user.auth), body: ByteBuffer(bytes: form.body))
        #expect(answer.status == .accepted)
        let samples = try #require(try JSON.object(answer.body)["samples"] as? [[String: Any]])
        return samples.compactMap { $0["id"] as? String }
    }

    /// Follows `next_cursor` from the first page; returns every id seen and the page sizes.
    static func walk(_ path: String, key: String, limit: Int, _ user: APIUser, _ client: some TestClientProtocol) async throws -> (
        [String], [Int]
    ) {
        var ids = [String]()
        var sizes = [Int]()
        var cursor: String?
        repeat {
            let uri = "/api/v1/\(path)?limit=\(limit)" + (cursor.map { "&cursor=\($0)" } ?? "")
            let answer = try await client.execute(uri: uri, method: .get, headers: user.auth)
            #expect(answer.status == .ok)
            let page = try JSON.object(answer.body)
            let items = try #require(page[key] as? [[String: Any]])
            #expect(page.keys.contains("next_cursor"))
            ids += items.compactMap { $0["id"] as? String }
            sizes.append(items.count)
            cursor = page["next_cursor"] as? String
        } while cursor != nil && sizes.count < 50
        return (ids, sizes)
    }

    @Test func samplesAndReportsComeAPageAtATime() async throws {
        guard SharedData.builtInReferences() else { return }
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let organisation = try await APIUser.make(client, kind: "organisation")
            let uploaded = try await Self.uploadTable(samples: 5, organisation, client)
            #expect(uploaded.count == 5)
            // One upload's samples share a time, so they come in id order; every one once.
            let (all, oneBigPage) = try await Self.walk("samples", key: "samples", limit: 1000, organisation, client)
            #expect(Set(all) == Set(uploaded) && all.count == 5 && oneBigPage == [5])
            let (samples, sizes) = try await Self.walk("samples", key: "samples", limit: 2, organisation, client)
            #expect(samples == all, "the pages in order are the whole list")
            #expect(sizes == [2, 2, 1])

            #expect(await harness.runJobs() == 1)
            let (reports, reportPages) = try await Self.walk("reports", key: "reports", limit: 3, organisation, client)
            #expect(Set(reports).count == 5 && reports.count == 5)
            #expect(reportPages == [3, 2])

            for index in 1...4 {
                let created = try await client.execute(
                    uri: "/api/v1/subjects", method: .post, headers: organisation.auth, body: JSON.body(["name": "subject \(index)"]))
                #expect(created.status == .created)
            }
            let (subjects, subjectPages) = try await Self.walk("subjects", key: "subjects", limit: 3, organisation, client)
            #expect(subjects.count == 4 && Set(subjects).count == 4 && subjectPages == [3, 1])
        }
    }

    @Test func defaultPageIsBounded() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let organisation = try await APIUser.make(client, kind: "organisation")
            let uploaded = try await Self.uploadTable(samples: ListPaging.defaultLimit + 5, organisation, client)
            let (all, _) = try await Self.walk("samples", key: "samples", limit: 1000, organisation, client)
            #expect(Set(all) == Set(uploaded))
            let first = try JSON.object(try await client.execute(uri: "/api/v1/samples", method: .get, headers: organisation.auth).body)
            #expect((first["samples"] as? [Any])?.count == ListPaging.defaultLimit)
            let cursor = try #require(first["next_cursor"] as? String)
            let second = try JSON.object(
                try await client.execute(uri: "/api/v1/samples?cursor=\(cursor)", method: .get, headers: organisation.auth).body)
            let rest = try #require(second["samples"] as? [[String: Any]])
            #expect(rest.compactMap { $0["id"] as? String } == Array(all.suffix(5)))
            #expect(second["next_cursor"] is NSNull)
        }
    }

    @Test func badLimitOrCursorIs400() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let user = try await APIUser.make(client)
            for query in ["limit=0", "limit=1001", "limit=x", "limit=-3", "cursor=not-a-cursor", "cursor=%00", "limit=2&cursor=AAAA"] {
                for path in ["samples", "reports", "subjects"] {
                    let answer = try await client.execute(uri: "/api/v1/\(path)?\(query)", method: .get, headers: user.auth)
                    #expect(answer.status == .badRequest, "\(path)?\(query) answered \(answer.status)")
                    _ = try JSON.error(answer.body)
                }
            }
        }
    }

    /// Another account's cursor shows only the caller's own rows (here: none), never the owner's.
    @Test func anotherAccountsCursorShowsNothingOfTheirs() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let owner = try await APIUser.make(client, kind: "organisation")
            let stranger = try await APIUser.make(client, kind: "organisation")
            _ = try await Self.uploadTable(samples: 4, owner, client)
            let first = try JSON.object(try await client.execute(uri: "/api/v1/samples?limit=1", method: .get, headers: owner.auth).body)
            let cursor = try #require(first["next_cursor"] as? String)
            for path in ["samples", "reports", "subjects"] {
                let answer = try await client.execute(uri: "/api/v1/\(path)?cursor=\(cursor)", method: .get, headers: stranger.auth)
                #expect(answer.status == .ok)
                let page = try JSON.object(answer.body)
                #expect((page[path] as? [Any])?.isEmpty == true, "\(path) showed another account's rows")
                #expect(page["next_cursor"] is NSNull)
            }
        }
    }

    @Test func cursorRoundTripsExactly() throws {
        let position = ListPage.Position(id: UUID(), createdAt: Date(timeIntervalSince1970: 1_780_000_000.123_456_7))
        #expect(ListPaging.position(cursor: ListPaging.cursor(position)) == position)
        #expect(ListPaging.position(cursor: "") == nil)
    }
}
