import Crypto
import Foundation
import GutSkinStore
import HummingbirdBcrypt
import NIOPosix

/// Signing up, signing in and leaving, shared by the API and the pages. Messages never say whether
/// an email has an account: sign-up answers alike for a taken email, sign-in alike for a wrong
/// email or password, and both spend one bcrypt (cost 12) either way.
struct AccountOperations {
    let environment: ServiceEnvironment
    static let bcryptCost: UInt8 = 12
    static let wrongCredentials = ServiceError(.unauthorized, "the email or password is wrong")
    /// Checked against when the email is unknown, so the answer takes as long as for a real account.
    private static let decoyHash = Bcrypt.hash("decoy password that nobody has", cost: bcryptCost)

    /// Creates the account; returns its id, or for a taken email a fresh id that names nothing
    /// (the caller cannot tell the difference; signing in tells the owner).
    func signUp(email: String, password: String, kind: Account.Kind) async throws -> UUID {
        let email = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard email.count <= 254, email.contains("@"), !email.hasPrefix("@"), !email.hasSuffix("@"),
            !email.contains(where: { $0.isWhitespace || $0.isNewline })
        else { throw ServiceError(.badRequest, "enter an email address (name@example.org)") }
        guard password.unicodeScalars.count >= 10, password.unicodeScalars.count <= 1024 else {
            throw ServiceError(.badRequest, "the password must have 10 to 1024 characters")
        }
        let input = Self.bcryptInput(password)
        let hash = try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(input, cost: Self.bcryptCost) }
        let account = Account(email: email, passwordHash: hash, kind: kind, createdAt: environment.now())
        do {
            try await environment.store.createAccount(account)
        } catch StoreError.duplicateEmail {
            return UUID()
        }
        return account.id
    }

    /// Checks the password and opens a session; returns the account and the session token (shown
    /// once, stored hashed). Attempts count per email and per address; past the limit, 429.
    func signIn(email: String, password: String, address: String?) async throws -> (Account, String) {
        let email = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let store = environment.store
        let now = environment.now()
        let window = environment.configuration.signInWindow
        let accountKey = "sign-in:email:\(SecretToken.sha256Hex(email))"
        var counts = [try await store.recordAttempt(key: accountKey, now: now, window: window)]
        if let address { counts.append(try await store.recordAttempt(key: "sign-in:address:\(address)", now: now, window: window)) }
        guard counts.allSatisfy({ $0 <= environment.configuration.signInLimit }) else { throw ServiceError.tooManyAttempts }
        let account = email.count <= 254 ? try await store.account(email: email) : nil
        let hash = account?.passwordHash ?? Self.decoyHash
        let input = Self.bcryptInput(password)
        let matches = try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(input, hash: hash) }
        guard let account, matches else { throw Self.wrongCredentials }
        try await store.clearAttempts(key: accountKey)
        let token = SecretToken.make()
        try await store.createToken(
            AccessToken(
                accountID: account.id, tokenHash: SecretToken.sha256Hex(token), kind: .session, label: "sign-in",
                createdAt: now, expiresAt: now.addingTimeInterval(environment.configuration.sessionLifetime)))
        return (account, token)
    }

    /// What bcrypt hashes: the password itself, or for one longer than bcrypt's 72 bytes its SHA-256
    /// (base64), so every character counts and none is silently dropped.
    static func bcryptInput(_ password: String) -> String {
        password.utf8.count <= 72 ? password : Data(SHA256.hash(data: Data(password.utf8))).base64EncodedString()
    }

    /// Makes an API token (shown once); returns the record and the token.
    func makeAPIToken(for account: Account, label: String) async throws -> (AccessToken, String) {
        let label = label.trimmingCharacters(in: .whitespacesAndNewlines)
        guard label.count <= 200 else { throw ServiceError(.badRequest, "the label is longer than 200 characters") }
        let token = SecretToken.make()
        let record = AccessToken(
            accountID: account.id, tokenHash: SecretToken.sha256Hex(token), kind: .api, label: label.isEmpty ? "API token" : label,
            createdAt: environment.now())
        try await environment.store.createToken(record)
        return (record, token)
    }

    /// Deletes the account, every row it owns and its stored files.
    func deleteAccount(_ account: Account) async throws {
        let paths = try await environment.store.deleteAccount(id: account.id)
        environment.storage.delete(storedPaths: paths, ownerID: account.id)
    }
}
