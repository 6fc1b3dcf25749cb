import Foundation
import GutSkinStore
import Hummingbird
import NIOCore

/// The context every request carries: who is signed in (if anyone), how (a bearer token or the
/// session cookie) and the client's address for rate limiting. Hummingbird's logger already holds
/// the request id (`hb.request.id`).
public struct ServiceRequestContext: RequestContext {
    /// How the caller proved who they are: cookie-authenticated requests may only read through the
    /// API (forms carry CSRF tokens instead), bearer-authenticated ones may change things.
    public enum Credential: Sendable, Equatable {
        case bearer
        case cookie
    }

    public var coreContext: CoreRequestContextStorage
    public var account: Account?
    public var accessToken: AccessToken?
    public var credential: Credential?
    /// The peer's IP address; nil when the channel has none (in-process tests).
    public let remoteAddress: String?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    /// The signed-in account, or 401.
    public func requireAccount() throws(ServiceError) -> Account {
        guard let account else { throw ServiceError.signInRequired }
        return account
    }

    /// The signed-in account for a request that changes something through the API: a bearer token
    /// is required (a cookie alone could be sent by another site's form).
    public func requireBearerAccount() throws(ServiceError) -> Account {
        guard let account, credential == .bearer else { throw ServiceError.signInRequired }
        return account
    }
}
