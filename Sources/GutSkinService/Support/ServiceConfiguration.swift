import Foundation

/// Settings of a running service, from `gutskin serve`'s options (tests build their own).
public struct ServiceConfiguration: Sendable {
    /// Where originals are kept (`files/`) and uploads staged (`tmp/`).
    public var dataDirectory: URL
    /// Largest request body accepted for an upload, in bytes.
    public var maxUploadBytes: Int
    /// How long a sign-in session lasts.
    public var sessionLifetime: TimeInterval = 30 * 24 * 3600
    /// Sign-in attempts allowed per account and per address within `signInWindow`.
    public var signInLimit = 10
    public var signInWindow: TimeInterval = 15 * 60
    /// Questions (`POST /api/v1/ask` and the report page's form) allowed per account within `askWindow`.
    public var askLimit = 60
    public var askWindow: TimeInterval = 60 * 60
    /// Lets webhooks point at loopback and private addresses (`--allow-private-webhooks`, for tests
    /// with a local receiver); off, such URLs are refused (`WebhookAddressPolicy`).
    public var allowPrivateWebhooks = false
    /// The address people reach the service at (`--public-url`); an https one marks cookies `Secure`.
    public var publicURL: URL?
    /// True when cookies must travel over HTTPS only: the public address is https.
    public var secureCookies: Bool { publicURL?.scheme?.lowercased() == "https" }
    /// The version written into stored reports.
    public var gutskinVersion: String

    public init(dataDirectory: URL, maxUploadBytes: Int = 50 * 1024 * 1024, gutskinVersion: String) {
        self.dataDirectory = dataDirectory
        self.maxUploadBytes = maxUploadBytes
        self.gutskinVersion = gutskinVersion
    }
}
