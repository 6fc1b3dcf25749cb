import Foundation
import GutSkinStore
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GutSkinService

#if canImport(Glibc)
    import Glibc
#endif

/// Webhook URLs that would make the server call into its own or a private network (SSRF) are
/// refused at registration (400) and again at delivery; `--allow-private-webhooks` lifts it.
@Suite struct WebhookAddressPolicyTests {
    static func ip(_ text: String) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 16)
        if inet_pton(AF_INET, text, &bytes) == 1 { return Array(bytes.prefix(4)) }
        #expect(inet_pton(AF_INET6, text, &bytes) == 1, "\(text) is not an address")
        return bytes
    }

    @Test func addressRangesAreJudged() throws {
        let refused = [
            "127.0.0.1", "127.255.0.9", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fc00::1", "fd12:3456::1", "fe80::1", "ff02::1",
            "::ffff:127.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a00:1",
        ]
        for address in refused { #expect(!WebhookAddressPolicy.isPublic(try Self.ip(address)), "\(address) was allowed") }
        let allowed = ["93.184.215.14", "8.8.8.8", "172.32.0.1", "192.169.0.1", "169.255.0.1", "2606:4700::1111", "::ffff:8.8.8.8"]
        for address in allowed { #expect(WebhookAddressPolicy.isPublic(try Self.ip(address)), "\(address) was refused") }
    }

    @Test func privateWebhookURLsAreRefusedAtRegistration() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let organisation = try await APIUser.make(client, kind: "organisation")
            let urls = [
                "http://127.0.0.1:9/hook", "http://localhost/hook", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.7/hook",
                "http://192.168.0.1/", "http://172.20.1.1:8080/x", "http://0.0.0.0/", "http://2130706433/", "http://0x7f.1/",
                "ftp://example.org/hook", "file:///etc/passwd", "gopher://127.0.0.1/",
            ]
            for url in urls {
                let answer = try await client.execute(
                    uri: "/api/v1/accounts/me/settings", method: .put, headers: organisation.auth, body: JSON.body(["webhook_url": url]))
                #expect(answer.status == .badRequest, "\(url) was accepted")
                _ = try JSON.error(answer.body)
            }
            let account = try #require(try await harness.environment.store.account(id: organisation.id))
            #expect(account.webhookURL == nil, "nothing was stored")
        }
    }

    @Test func loopbackIsAcceptedOnlyWhenAllowed() async throws {
        let harness = try await ServiceHarness(allowPrivateWebhooks: true)
        try await harness.test { client in
            let organisation = try await APIUser.make(client, kind: "organisation")
            let answer = try await client.execute(
                uri: "/api/v1/accounts/me/settings", method: .put, headers: organisation.auth,
                body: JSON.body(["webhook_url": "http://127.0.0.1:9/hook"]))
            #expect(answer.status == .ok)
        }
    }

    /// A receiver on loopback that counts what reaches it; `/hook` may redirect to `/elsewhere`.
    actor Hits {
        var paths = [String]()
        func add(_ path: String) { paths.append(path) }
    }

    static func receiver(_ hits: Hits) -> some ApplicationProtocol {
        let router = Router()
        router.post("hook") { _, _ -> Response in
            await hits.add("/hook")
            return Response(status: .temporaryRedirect, headers: [.location: "/elsewhere"])
        }
        router.post("elsewhere") { _, _ -> Response in
            await hits.add("/elsewhere")
            return Response(status: .ok)
        }
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    /// A URL stored before (or pointing elsewhere since) is checked again when a delivery is sent:
    /// refused for good, and nothing reaches the address.
    @Test func privateAddressIsRefusedAtDelivery() async throws {
        let hits = Hits()
        try await Self.receiver(hits).test(.live) { hook in
            let port = try #require(hook.port)
            let harness = try await ServiceHarness()
            let (_, deliveryID) = try await Self.accountWithDelivery(harness, url: "http://127.0.0.1:\(port)/hook")
            let sender = WebhookSender(environment: harness.environment, logger: harness.logger)
            #expect(await sender.sendDue() == 1)
            #expect(await hits.paths.isEmpty, "the private address was called")
            harness.clock.advance(by: 24 * 3600)
            #expect(await sender.sendDue() == 0, "a refused delivery is not retried (\(deliveryID))")
        }
    }

    /// Allowed receivers are posted to, but a redirect is not followed (it could lead anywhere).
    @Test func deliveryDoesNotFollowRedirects() async throws {
        let hits = Hits()
        try await Self.receiver(hits).test(.live) { hook in
            let port = try #require(hook.port)
            let harness = try await ServiceHarness(allowPrivateWebhooks: true)
            _ = try await Self.accountWithDelivery(harness, url: "http://127.0.0.1:\(port)/hook")
            let sender = WebhookSender(environment: harness.environment, logger: harness.logger)
            #expect(await sender.sendDue() == 1)
            #expect(await hits.paths == ["/hook"])
        }
    }

    /// An organisation whose stored webhook URL is `url` (written to the store directly, as a name
    /// re-pointed after registration would be), with one job and its pending delivery.
    static func accountWithDelivery(_ harness: ServiceHarness, url: String) async throws -> (UUID, UUID) {
        let store = harness.environment.store
        let now = harness.clock.now
        let account = Account(email: "lab-\(UUID())@example.org", passwordHash: "x", kind: .organisation, createdAt: now)
        try await store.createAccount(account)
        _ = try await store.updateAccountSettings(accountID: account.id, retentionDays: nil, webhookURL: url, webhookSecret: "secret")
        let job = Job(ownerID: account.id, sampleIDs: [], createdAt: now)
        try await store.enqueueJob(job)
        let delivery = WebhookDelivery(ownerID: account.id, jobID: job.id, body: "{}", nextAttemptAt: now)
        try await store.enqueueDelivery(delivery)
        return (account.id, delivery.id)
    }
}
