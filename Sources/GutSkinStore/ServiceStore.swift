import Foundation

/// Where the service keeps accounts, uploads, jobs and reports: one contract, implemented by
/// `SQLiteStore` (the embedded default) and `PostgresStore` (several servers on one database).
///
/// Rules every implementation keeps:
/// - Every read, update and delete of owned data takes the caller's account id and answers nil,
///   false or nothing for another account's row, so callers can answer 404 without a second check.
///   "Visible to" (samples, reports) also includes the subjects the account has claimed.
/// - Times come from the caller (`now:`); the SQL never reads a clock.
/// - Errors thrown are `StoreError`.
public protocol ServiceStore: Sendable {
    // MARK: Accounts

    /// Inserts the account; an email already taken throws `StoreError.duplicateEmail`.
    func createAccount(_ account: Account) async throws
    /// The account with this email (compared lowercased).
    func account(email: String) async throws -> Account?
    func account(id: UUID) async throws -> Account?
    /// Sets the retention and webhook settings; false when there is no such account.
    func updateAccountSettings(
        accountID: UUID, retentionDays: Int?, webhookURL: String?, webhookSecret: String?
    ) async throws -> Bool
    /// Deletes the account and every row it owns (tokens, subjects, files, samples, jobs, reports,
    /// events, webhook deliveries, conversations, diary days) in one transaction; subjects it had claimed become unclaimed.
    /// Rate-limit counts are keyed by text, not owned, and simply age out. Returns the storage paths
    /// of its files, for the caller to delete; [] for an unknown id.
    func deleteAccount(id: UUID) async throws -> [String]

    // MARK: Tokens

    func createToken(_ token: AccessToken) async throws
    /// The token with this hash, unless it expired at or before `now`.
    func token(hash: String, now: Date) async throws -> AccessToken?
    /// The account's API tokens (not its sessions), oldest first.
    func apiTokens(accountID: UUID) async throws -> [AccessToken]
    /// Revokes one of the account's tokens; false when it is not theirs or does not exist.
    func deleteToken(id: UUID, accountID: UUID) async throws -> Bool
    /// Deletes every token that expired at or before `now`; returns how many.
    func deleteExpiredTokens(now: Date) async throws -> Int

    // MARK: Subjects

    func createSubject(_ subject: Subject) async throws
    func subject(id: UUID, ownerID: UUID) async throws -> Subject?
    /// The organisation's subjects, oldest first.
    func subjects(ownerID: UUID) async throws -> [Subject]
    /// Sets (or replaces) the one-time claim code of an unclaimed subject; false when the subject is
    /// not the owner's or already claimed.
    func setClaimCode(subjectID: UUID, ownerID: UUID, codeHash: String) async throws -> Bool
    /// Claims the subject whose outstanding code has this hash for `accountID`, clearing the code so
    /// it works once; nil when no subject has that code.
    func claimSubject(codeHash: String, accountID: UUID) async throws -> Subject?

    // MARK: Files

    func insertFile(_ file: StoredFile) async throws
    func file(id: UUID, ownerID: UUID) async throws -> StoredFile?
    /// The account's files, oldest first.
    func files(ownerID: UUID) async throws -> [StoredFile]
    /// Deletes the file rows older than their owner's `retentionDays` at `now`; returns their
    /// storage paths for the caller to delete. Samples keep the (now dangling) file ids.
    func deleteExpiredFiles(now: Date) async throws -> [String]

    // MARK: Samples

    /// Inserts the samples in one transaction.
    func insertSamples(_ samples: [Sample]) async throws
    /// Inserts the samples and queues the job that reports them, in one transaction.
    func insertSamples(_ samples: [Sample], enqueuing job: Job) async throws
    func sample(id: UUID, visibleTo accountID: UUID) async throws -> Sample?
    /// Samples the account owns or that belong to subjects it claimed, oldest first.
    func samples(visibleTo accountID: UUID) async throws -> [Sample]

    // MARK: Jobs

    /// Queues a job for samples already stored.
    func enqueueJob(_ job: Job) async throws
    /// Claims the oldest job that is queued, or running with a lease expired at or before `now`:
    /// sets it running with a new claim token, attempts + 1 and a lease until `now + lease`.
    /// Exactly one concurrent caller gets each claim. Nil when there is nothing to do. A job whose
    /// worker keeps dying is claimed again each time its lease expires: callers should fail a claimed
    /// job whose `attempts` exceed their limit rather than run it again.
    func claimNextJob(now: Date, lease: TimeInterval) async throws -> Job?
    /// Extends the lease of a job still held with `claimToken`; false when the claim was lost.
    func renewLease(jobID: UUID, claimToken: UUID, until: Date) async throws -> Bool
    /// In one transaction, and only while `claimToken` is still the job's: inserts the reports,
    /// marks the job done with the samples that could not be reported (`sampleErrors`), and queues
    /// `delivery` if given. False (and nothing written) otherwise.
    func completeJob(
        id: UUID, claimToken: UUID, reports: [StoredReport], sampleErrors: [Job.SampleError],
        delivery: WebhookDelivery?, now: Date
    ) async throws -> Bool
    /// Only while `claimToken` is still the job's: records `error` (and, failing for good, the
    /// per-sample errors) and queues the job again (`retry`) or marks it failed (queuing `delivery`
    /// if given). False when the claim was lost.
    func failJob(
        id: UUID, claimToken: UUID, error: String, sampleErrors: [Job.SampleError], retry: Bool,
        delivery: WebhookDelivery?, now: Date
    ) async throws -> Bool
    func job(id: UUID, ownerID: UUID) async throws -> Job?
    /// The account's jobs, oldest first.
    func jobs(ownerID: UUID) async throws -> [Job]
    /// How many jobs have each status (all accounts): for shutdown, health and tests.
    func jobCounts() async throws -> [Job.Status: Int]

    // MARK: Reports

    func report(id: UUID, visibleTo accountID: UUID) async throws -> StoredReport?
    /// Reports the account owns or of subjects it claimed, oldest first (by creation date).
    func reports(visibleTo accountID: UUID) async throws -> [ReportSummary]

    // MARK: Events

    func addEvent(_ event: Event) async throws
    /// The account's events by date.
    func events(ownerID: UUID) async throws -> [Event]
    func deleteEvent(id: UUID, ownerID: UUID) async throws -> Bool

    // MARK: Diary days

    /// Keeps the account's entries for `day.day`: inserts the day, or replaces the entries (and
    /// `updatedAt`) of the day already kept, which keeps its id and `createdAt`. Returns the row kept.
    func saveDiaryDay(_ day: DiaryDay) async throws -> DiaryDay
    /// The account's logged days, oldest first.
    func diaryDays(ownerID: UUID) async throws -> [DiaryDay]
    func diaryDay(id: UUID, ownerID: UUID) async throws -> DiaryDay?
    func deleteDiaryDay(id: UUID, ownerID: UUID) async throws -> Bool

    // MARK: Webhook deliveries

    func enqueueDelivery(_ delivery: WebhookDelivery) async throws
    /// Claims up to `limit` pending deliveries due at `now`: attempts + 1 and the next attempt
    /// pushed to `now + lease`, so no other server sends them meanwhile.
    func claimDueDeliveries(now: Date, limit: Int, lease: TimeInterval) async throws
        -> [WebhookDelivery]
    /// Records the outcome: delivered, failed for good, or pending again from `nextAttemptAt`.
    func markDelivery(id: UUID, status: WebhookDelivery.Status, nextAttemptAt: Date) async throws

    // MARK: Rate limiting

    /// Records one attempt under `key` at `now` and returns how many attempts `key` has had in the
    /// `window` seconds up to `now` (this one included), across every server on the database.
    func recordAttempt(key: String, now: Date, window: TimeInterval) async throws -> Int
    /// Forgets the attempts under `key` (after a successful sign-in).
    func clearAttempts(key: String) async throws

    // MARK: Conversations

    /// The account's conversation with `gutskin ask`; nil for another account's or an unknown id.
    func conversation(id: UUID, ownerID: UUID) async throws -> StoredConversation?
    /// Inserts the conversation, or replaces its report and turns when the owner's; false (and nothing
    /// written) when the id is another account's.
    func saveConversation(_ conversation: StoredConversation) async throws -> Bool
    /// The account's conversations, oldest first.
    func conversations(ownerID: UUID) async throws -> [StoredConversation]

    // MARK: Hot paths (every API request; the report fetch)

    /// The unexpired token with this hash and its account, read together (one round trip where the
    /// engine allows): what every authenticated request needs first.
    func signedIn(tokenHash: String, now: Date) async throws -> (AccessToken, Account)?
    /// Only the report's JSON, as stored (not its HTML page), for `GET /api/v1/reports/{id}`.
    func reportJSON(id: UUID, visibleTo accountID: UUID) async throws -> Data?

    // MARK: Pages of lists (the API's `limit` and `cursor`)

    /// The account's visible samples (as `samples(visibleTo:)`), one page.
    func samples(visibleTo accountID: UUID, page: ListPage) async throws -> [Sample]
    /// The account's visible reports (as `reports(visibleTo:)`), one page.
    func reports(visibleTo accountID: UUID, page: ListPage) async throws -> [ReportSummary]
    /// The organisation's subjects (as `subjects(ownerID:)`), one page.
    func subjects(ownerID: UUID, page: ListPage) async throws -> [Subject]

    // MARK: Export and lifetime

    /// Everything the account owns, plus samples and reports of subjects it claimed; nil for an
    /// unknown account.
    func export(accountID: UUID) async throws -> AccountExport?
    /// Closes connections; the store must not be used afterwards.
    func close() async
}

extension ServiceStore {
    /// Completes the job, every sample reported, without a webhook delivery.
    public func completeJob(id: UUID, claimToken: UUID, reports: [StoredReport], now: Date)
        async throws -> Bool
    {
        try await completeJob(
            id: id, claimToken: claimToken, reports: reports, sampleErrors: [], delivery: nil, now: now)
    }

    /// Completes the job, every sample reported.
    public func completeJob(
        id: UUID, claimToken: UUID, reports: [StoredReport], delivery: WebhookDelivery?, now: Date
    ) async throws -> Bool {
        try await completeJob(
            id: id, claimToken: claimToken, reports: reports, sampleErrors: [], delivery: delivery, now: now)
    }

    /// Fails (or requeues) the job without a webhook delivery.
    public func failJob(id: UUID, claimToken: UUID, error: String, retry: Bool, now: Date)
        async throws -> Bool
    {
        try await failJob(
            id: id, claimToken: claimToken, error: error, sampleErrors: [], retry: retry, delivery: nil,
            now: now)
    }

    /// Fails (or requeues) the job without per-sample errors.
    public func failJob(
        id: UUID, claimToken: UUID, error: String, retry: Bool, delivery: WebhookDelivery?, now: Date
    ) async throws -> Bool {
        try await failJob(
            id: id, claimToken: claimToken, error: error, sampleErrors: [], retry: retry,
            delivery: delivery, now: now)
    }
}
