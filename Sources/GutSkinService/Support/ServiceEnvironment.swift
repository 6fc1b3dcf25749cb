import Foundation
import GutSkinStore
import Logging

/// What every handler and worker of one running service shares: the store, the settings, the
/// folder of originals, the page templates, the report maker and the clock.
public struct ServiceEnvironment: Sendable {
    public let store: any ServiceStore
    public let configuration: ServiceConfiguration
    public let storage: FileStorage
    public let reportMaker: any ReportMaking
    let pages: PageRenderer
    /// Wakes this process's idle job workers when an upload queues a job.
    let jobQueueSignal = JobQueueSignal()
    /// Which webhook URLs may be registered and delivered to.
    var webhookPolicy: WebhookAddressPolicy { WebhookAddressPolicy(allowPrivateAddresses: configuration.allowPrivateWebhooks) }
    /// The time handlers and workers pass to the store (tests may fix it).
    public let now: @Sendable () -> Date

    public init(
        store: any ServiceStore, configuration: ServiceConfiguration, reportMaker: any ReportMaking,
        now: @escaping @Sendable () -> Date = { Date() }
    ) throws {
        self.store = store
        self.configuration = configuration
        self.storage = try FileStorage(root: configuration.dataDirectory)
        self.reportMaker = reportMaker
        self.pages = try PageRenderer()
        self.now = now
    }
}
