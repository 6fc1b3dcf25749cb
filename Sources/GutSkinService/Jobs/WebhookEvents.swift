import Crypto
import Foundation
import GutSkinStore

/// The event POSTed to an organisation's webhook when one of its jobs ends, and its signature:
/// `X-Gutskin-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>` (docs/service.md).
enum WebhookEvents {
    struct Body: Encodable {
        let type = "job.finished"
        let job_id: UUID
        let status: Job.Status
        let report_ids: [UUID]
        let error: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(type, forKey: .type)
            try container.encode(job_id, forKey: .job_id)
            try container.encode(status, forKey: .status)
            try container.encode(report_ids, forKey: .report_ids)
            try container.encode(error, forKey: .error)  // explicit null
        }

        enum CodingKeys: String, CodingKey { case type, job_id, status, report_ids, error }
    }

    /// The delivery to queue with the job's end, or nil when the owner has no webhook.
    static func delivery(for job: Job, status: Job.Status, reportIDs: [UUID], error: String?, owner: Account?, now: Date)
        -> WebhookDelivery?
    {
        guard let owner, owner.webhookURL != nil else { return nil }
        let body = Body(job_id: job.id, status: status, report_ids: reportIDs, error: error)
        guard let data = try? JSONBody.encoder.encode(body) else { return nil }
        return WebhookDelivery(ownerID: owner.id, jobID: job.id, body: String(decoding: data, as: UTF8.self), nextAttemptAt: now)
    }

    /// The signature header value for `body` sent at `timestamp`.
    static func signature(body: String, secret: String, timestamp: Int) -> String {
        let key = SymmetricKey(data: Data(secret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(timestamp).\(body)".utf8), using: key)
        return "t=\(timestamp),v1=\(SecretToken.hex(Data(mac)))"
    }
}
