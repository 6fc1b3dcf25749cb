import Foundation
import GutSkinStore

/// The JSON bodies of /api/v1, exactly as docs/openapi.yaml describes them (snake_case keys,
/// explicit nulls, ISO 8601 dates).
enum APIShapes {
    struct NewAccount: Decodable {
        let email: String
        let password: String
        let kind: Account.Kind
    }

    struct Credentials: Decodable {
        let email: String
        let password: String
    }

    struct Created: Encodable { let id: UUID }

    struct Session: Encodable {
        let token: String
        let expiresAt: Date?
        enum CodingKeys: String, CodingKey { case token, expiresAt = "expires_at" }
    }

    struct Me: Encodable {
        let id: UUID
        let email: String
        let kind: Account.Kind
        let createdAt: Date
        let retentionDays: Int?
        let webhookURL: String?
        init(_ account: Account) {
            (id, email, kind, createdAt) = (account.id, account.email, account.kind, account.createdAt)
            (retentionDays, webhookURL) = (account.retentionDays, account.webhookURL)
        }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(email, forKey: .email)
            try container.encode(kind, forKey: .kind)
            try container.encode(createdAt, forKey: .createdAt)
            try container.encode(retentionDays, forKey: .retentionDays)
            try container.encode(webhookURL, forKey: .webhookURL)
        }
        enum CodingKeys: String, CodingKey {
            case id, email, kind, createdAt = "created_at", retentionDays = "retention_days", webhookURL = "webhook_url"
        }
    }

    struct Settings: Decodable {
        let retentionDays: Int?
        let webhookURL: String?
        enum CodingKeys: String, CodingKey { case retentionDays = "retention_days", webhookURL = "webhook_url" }
    }

    struct WebhookSecret: Encodable {
        let webhookSecret: String?
        enum CodingKeys: String, CodingKey { case webhookSecret = "webhook_secret" }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(webhookSecret, forKey: .webhookSecret)
        }
    }

    struct NewToken: Decodable { let label: String? }

    struct Token: Encodable {
        let id: UUID
        let label: String
        let createdAt: Date
        /// The secret itself, only in the answer that created it.
        let token: String?
        init(_ record: AccessToken, token: String? = nil) {
            (id, label, createdAt, self.token) = (record.id, record.label, record.createdAt, token)
        }
        enum CodingKeys: String, CodingKey { case id, label, createdAt = "created_at", token }
    }

    struct Tokens: Encodable { let tokens: [Token] }

    struct NewSubject: Decodable { let name: String }

    struct SubjectBody: Encodable {
        let id: UUID
        let name: String
        let claimed: Bool
        let createdAt: Date
        init(_ subject: Subject) {
            (id, name, claimed, createdAt) = (subject.id, subject.name, subject.claimedBy != nil, subject.createdAt)
        }
        enum CodingKeys: String, CodingKey { case id, name, claimed, createdAt = "created_at" }
    }

    struct Subjects: Encodable { let subjects: [SubjectBody] }

    struct ClaimCode: Encodable { let code: String }

    struct Claim: Decodable { let code: String }

    struct Claimed: Encodable {
        let subjectID: UUID
        enum CodingKeys: String, CodingKey { case subjectID = "subject_id" }
    }

    struct UploadedSample: Encodable {
        let id: UUID
        let name: String
    }

    struct Upload: Encodable {
        let samples: [UploadedSample]
        let jobID: UUID
        enum CodingKeys: String, CodingKey { case samples, jobID = "job_id" }
    }

    struct SampleBody: Encodable {
        let sample: Sample
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(sample.id, forKey: .id)
            try container.encode(sample.name, forKey: .name)
            try container.encode(sample.site, forKey: .site)
            try container.encode(sample.skinSampleID, forKey: .skinSample)
            try container.encode(sample.subjectID, forKey: .subjectID)
            try container.encode(sample.createdAt, forKey: .createdAt)
        }
        enum CodingKeys: String, CodingKey {
            case id, name, site, skinSample = "skin_sample", subjectID = "subject_id", createdAt = "created_at"
        }
    }

    struct Samples: Encodable { let samples: [SampleBody] }

    struct JobBody: Encodable {
        let job: Job
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(job.id, forKey: .id)
            try container.encode(job.status, forKey: .status)
            try container.encode(job.reportIDs, forKey: .reportIDs)
            try container.encode(job.error, forKey: .error)
            try container.encode(job.sampleErrors, forKey: .sampleErrors)
            try container.encode(job.sampleIDs, forKey: .sampleIDs)
            try container.encode(job.attempts, forKey: .attempts)
            try container.encode(job.createdAt, forKey: .createdAt)
            try container.encode(job.updatedAt, forKey: .updatedAt)
        }
        enum CodingKeys: String, CodingKey {
            case id, status, reportIDs = "report_ids", error, sampleErrors = "sample_errors", sampleIDs = "sample_ids", attempts
            case createdAt = "created_at", updatedAt = "updated_at"
        }
    }

    struct ReportListing: Encodable {
        let report: ReportSummary
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(report.id, forKey: .id)
            try container.encode(report.sampleID, forKey: .sampleID)
            try container.encode(report.subjectID, forKey: .subjectID)
            try container.encode(report.jobID, forKey: .jobID)
            try container.encode(report.referenceNames, forKey: .referenceNames)
            try container.encode(report.gutskinVersion, forKey: .gutskinVersion)
            try container.encode(ReportSummaryScores(json: report.summaryJSON), forKey: .summary)
            try container.encode(report.createdAt, forKey: .createdAt)
        }
        enum CodingKeys: String, CodingKey {
            case id, sampleID = "sample_id", subjectID = "subject_id", jobID = "job_id", referenceNames = "reference_names"
            case gutskinVersion = "gutskin_version", summary, createdAt = "created_at"
        }
    }

    struct Reports: Encodable { let reports: [ReportListing] }
}
