import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GutSkinService

/// Signing up and in through the API: neutral answers (no user enumeration), bcrypt cost 12,
/// tokens stored hashed, sign-in rate limits, API tokens shown once and revocable.
@Suite struct AccountTests {
    @Test func signUpWithATakenEmailAnswersAlike() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let body = JSON.body(["email": "Same@Example.org", "password": "correct horse battery", "kind": "person"])
            let first = try await client.execute(uri: "/api/v1/accounts", method: .post, body: body)
            let second = try await client.execute(
                uri: "/api/v1/accounts", method: .post,
                body: JSON.body(["email": "same@example.org", "password": "another password!", "kind": "organisation"]))
            #expect(first.status == .created)
            #expect(second.status == .created)
            let firstBody = try JSON.object(first.body)
            let secondBody = try JSON.object(second.body)
            #expect(firstBody.keys.sorted() == secondBody.keys.sorted())
            #expect(firstBody["id"] as? String != secondBody["id"] as? String)
            // The first password still signs in; the second does not (the account was not replaced).
            let signIn = try await client.execute(
                uri: "/api/v1/sessions", method: .post, body: JSON.body(["email": "same@example.org", "password": "correct horse battery"]))
            #expect(signIn.status == .ok)
            let account = try #require(try await harness.environment.store.account(email: "same@example.org"))
            #expect(account.kind == .person)
            #expect(account.passwordHash.hasPrefix("$2b$12$") || account.passwordHash.hasPrefix("$2y$12$"), "bcrypt cost 12")
        }
    }

    @Test func wrongPasswordAndUnknownEmailAnswerAlike() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let user = try await APIUser.make(client)
            let wrongPassword = try await client.execute(
                uri: "/api/v1/sessions", method: .post, body: JSON.body(["email": user.email, "password": "not the password"]))
            let unknownEmail = try await client.execute(
                uri: "/api/v1/sessions", method: .post, body: JSON.body(["email": "nobody@example.org", "password": "not the password"]))
            #expect(wrongPassword.status == .unauthorized)
            #expect(unknownEmail.status == .unauthorized)
            #expect(try JSON.error(wrongPassword.body) == JSON.error(unknownEmail.body))
        }
    }

    @Test func signInIsRateLimitedPerAccount() async throws {
        let harness = try await ServiceHarness(signInLimit: 3)
        try await harness.test { client in
            let user = try await APIUser.make(client)  // one attempt, cleared by its success
            var statuses = [HTTPResponse.Status]()
            for _ in 0..<4 {
                let answer = try await client.execute(
                    uri: "/api/v1/sessions", method: .post, body: JSON.body(["email": user.email, "password": "wrong password"]))
                statuses.append(answer.status)
            }
            #expect(statuses == [.unauthorized, .unauthorized, .unauthorized, .tooManyRequests])
            // Even the right password waits out the window now.
            let right = try await client.execute(
                uri: "/api/v1/sessions", method: .post, body: JSON.body(["email": user.email, "password": "correct horse battery"]))
            #expect(right.status == .tooManyRequests)
            #expect(try JSON.error(right.body).contains("too many"))
        }
    }

    @Test func signInIsRateLimitedPerAddressOverARealSocket() async throws {
        let harness = try await ServiceHarness(signInLimit: 3)
        let app = Application(
            router: ServiceApplication.router(environment: harness.environment),
            configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: harness.logger)
        try await app.test(.live) { client in
            // Different emails from one address (127.0.0.1): the address's count trips the limit.
            var statuses = [HTTPResponse.Status]()
            for index in 0..<4 {
                let answer = try await client.execute(
                    uri: "/api/v1/sessions", method: .post,
                    body: JSON.body(["email": "guess\(index)@example.org", "password": "guessed password"]))
                statuses.append(answer.status)
            }
            #expect(statuses == [.unauthorized, .unauthorized, .unauthorized, .tooManyRequests])
            let message = try JSON.error(
                try await client.execute(
                    uri: "/api/v1/sessions", method: .post, body: JSON.body(["email": "other@example.org", "password": "guessed password"])
                ).body)
            #expect(message.contains("too many"))
        }
    }

    @Test func apiTokensAreShownOnceStoredHashedAndRevocable() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let user = try await APIUser.make(client, kind: "organisation")
            let made = try JSON.object(
                try await client.execute(uri: "/api/v1/tokens", method: .post, headers: user.auth, body: JSON.body(["label": "lab system"]))
                    .body)
            let token = try #require(made["token"] as? String)
            let id = try #require(made["id"] as? String)
            #expect(token.count >= 43, "32 random bytes")
            let stored = try #require(try await harness.environment.store.token(hash: SecretToken.sha256Hex(token), now: Date()))
            #expect(stored.tokenHash != token)
            let listed = try JSON.object(try await client.execute(uri: "/api/v1/tokens", method: .get, headers: user.auth).body)
            let first = try #require((listed["tokens"] as? [[String: Any]])?.first)
            #expect(first["token"] == nil, "the secret is shown only once")
            #expect(first["label"] as? String == "lab system")
            let me = try await client.execute(uri: "/api/v1/accounts/me", method: .get, headers: [.authorization: "Bearer \(token)"])
            #expect(try JSON.object(me.body)["email"] as? String == user.email)
            let revoked = try await client.execute(uri: "/api/v1/tokens/\(id)", method: .delete, headers: user.auth)
            #expect(revoked.status == .noContent)
            let after = try await client.execute(uri: "/api/v1/accounts/me", method: .get, headers: [.authorization: "Bearer \(token)"])
            #expect(after.status == .unauthorized)
        }
    }

    @Test func malformedJSONAndBadFieldsAre400WithOneLine() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let cases: [ByteBuffer] = [
                ByteBuffer(string: "{not json"), JSON.body(["email": "a@b.c"]),
                JSON.body(["email": "no-at-sign", "password": "correct horse battery", "kind": "person"]),
                JSON.body(["email": "a@b.c", "password": "short", "kind": "person"]),
                JSON.body(["email": "a@b.c", "password": "correct horse battery", "kind": "admin"]),
            ]
            for body in cases {
                let answer = try await client.execute(uri: "/api/v1/accounts", method: .post, body: body)
                #expect(answer.status == .badRequest, "\(String(buffer: body))")
                #expect(!(try JSON.error(answer.body)).isEmpty)
            }
            let unknown = try await client.execute(uri: "/api/v1/nothing-here", method: .get)
            #expect(unknown.status == .notFound)
            _ = try JSON.error(unknown.body)
        }
    }
}
