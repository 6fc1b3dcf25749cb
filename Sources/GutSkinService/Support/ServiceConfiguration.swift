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
    /// The version written into stored reports.
    public var gutskinVersion: String

    public init(dataDirectory: URL, maxUploadBytes: Int = 50 * 1024 * 1024, gutskinVersion: String) {
        self.dataDirectory = dataDirectory
        self.maxUploadBytes = maxUploadBytes
        self.gutskinVersion = gutskinVersion
    }
}
