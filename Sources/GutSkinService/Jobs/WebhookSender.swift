import Foundation
import GutSkinStore
import Logging
import ServiceLifecycle

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Sends queued webhook deliveries (a job's end, to its organisation's URL), signed as
/// `WebhookEvents.signature` describes, and retries failures with exponential backoff (30 s, 1 min,
/// 2 min, … up to 6 h) for 8 attempts. It also runs the housekeeping that has no other home:
/// originals past their owner's retention and expired sessions are deleted every 10 minutes.
struct WebhookSender: Service {
    let environment: ServiceEnvironment
    let logger: Logger
    static let maxAttempts = 8

    func run() async throws {
        var lastSweep = Date.distantPast
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            await sendDue()
            if environment.now().timeIntervalSince(lastSweep) > 600 {
                await sweep()
                lastSweep = environment.now()
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(1)) }
        }
    }

    /// Sends the deliveries due now; returns how many were attempted.
    @discardableResult
    func sendDue() async -> Int {
        let deliveries: [WebhookDelivery]
        do {
            deliveries = try await environment.store.claimDueDeliveries(now: environment.now(), limit: 20, lease: 60)
        } catch {
            logger.error("claiming webhook deliveries failed: \(error)")
            return 0
        }
        for delivery in deliveries { await send(delivery) }
        return deliveries.count
    }

    private func send(_ delivery: WebhookDelivery) async {
        var delivered = false
        var refused = false
        if let owner = try? await environment.store.account(id: delivery.ownerID), let address = owner.webhookURL,
            let url = URL(string: address), let secret = owner.webhookSecret
        {
            do {
                // Checked again now: the name may point somewhere else than it did at registration.
                try await environment.webhookPolicy.check(address)
                var request = URLRequest(url: url, timeoutInterval: 10)
                request.httpMethod = "POST"
                request.httpBody = Data(delivery.body.utf8)
                request.setValue("application/json", forHTTPHeaderField: "Content-Type")
                request.setValue(delivery.id.uuidString.lowercased(), forHTTPHeaderField: "X-Gutskin-Delivery")
                let timestamp = Int(environment.now().timeIntervalSince1970)
                request.setValue(
                    WebhookEvents.signature(body: delivery.body, secret: secret, timestamp: timestamp),
                    forHTTPHeaderField: "X-Gutskin-Signature")
                if let (_, response) = try? await WebhookSession.shared.data(for: request), let http = response as? HTTPURLResponse {
                    delivered = (200..<300).contains(http.statusCode)
                }
            } catch {
                refused = (error as? WebhookAddressPolicy.Refusal)?.permanent ?? true
                logger.warning("webhook refused: \(error)", metadata: ["delivery": "\(delivery.id)"])
            }
        }
        let attempts = delivery.attempts
        let status: WebhookDelivery.Status = delivered ? .delivered : refused || attempts >= Self.maxAttempts ? .failed : .pending
        let backoff = min(30 * pow(2, Double(max(0, attempts - 1))), 6 * 3600)
        do {
            try await environment.store.markDelivery(
                id: delivery.id, status: status, nextAttemptAt: environment.now().addingTimeInterval(backoff))
        } catch {
            logger.error("recording a webhook delivery failed: \(error)")
        }
        logger.info("webhook \(status.rawValue)", metadata: ["delivery": "\(delivery.id)", "attempt": "\(attempts)"])
    }

    /// Deletes originals past retention and expired sessions.
    func sweep() async {
        do {
            let paths = try await environment.store.deleteExpiredFiles(now: environment.now())
            environment.storage.delete(storedPaths: paths)
            let tokens = try await environment.store.deleteExpiredTokens(now: environment.now())
            if !paths.isEmpty || tokens > 0 {
                logger.info("housekeeping: \(paths.count) originals past retention, \(tokens) expired tokens deleted")
            }
        } catch {
            logger.error("housekeeping failed: \(error)")
        }
    }
}
