import Foundation

/// Everything an account owns (and the reports and samples of subjects it claimed), as records:
/// what "export everything I gave and got" puts in the archive beside the original files.
public struct AccountExport: Codable, Sendable, Equatable {
    public var account: Account
    public var apiTokens: [AccessToken]
    public var subjects: [Subject]
    public var files: [StoredFile]
    public var samples: [Sample]
    public var jobs: [Job]
    public var reports: [StoredReport]
    public var events: [Event]
    /// Conversations with `gutskin ask`, each with its questions and answers.
    public var conversations: [StoredConversation]

    public init(
        account: Account, apiTokens: [AccessToken], subjects: [Subject], files: [StoredFile],
        samples: [Sample], jobs: [Job], reports: [StoredReport], events: [Event], conversations: [StoredConversation] = []
    ) {
        self.account = account
        self.apiTokens = apiTokens
        self.subjects = subjects
        self.files = files
        self.samples = samples
        self.jobs = jobs
        self.reports = reports
        self.events = events
        self.conversations = conversations
    }
}
