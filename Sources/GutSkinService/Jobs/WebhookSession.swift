import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The URL session webhook deliveries go through: it never follows a redirect, since a receiver
/// that answers 3xx could otherwise send the signed POST on to an address the policy refused
/// (`WebhookAddressPolicy`); a 3xx counts as not delivered.
enum WebhookSession {
    static let shared: URLSession = URLSession(
        configuration: .ephemeral, delegate: RedirectRefusal(), delegateQueue: nil)

    final class RedirectRefusal: NSObject, URLSessionTaskDelegate, @unchecked Sendable {  // no state
        func urlSession(
            _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
            newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
        ) {
            completionHandler(nil)
        }
    }
}
