import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// Builds the service: the router (API under /api/v1, the report pages, the site's pages) and the
/// Hummingbird application with the job workers beside it. Tests call `router` with the
/// HummingbirdTesting client; `gutskin serve` calls `application`.
public enum ServiceApplication {
    public static func router(environment: ServiceEnvironment) -> Router<ServiceRequestContext> {
        let router = Router(context: ServiceRequestContext.self)
        router.add(middleware: RequestEdgeMiddleware(pages: environment.pages))
        router.add(middleware: AccountAuthenticator(environment: environment))

        let api = router.group("api/v1")
        AccountRoutes(environment: environment).add(to: api)
        SubjectRoutes(environment: environment).add(to: api)
        AskRoutes(environment: environment).add(to: api)
        EventRoutes(environment: environment).add(to: api)
        TimelineRoutes(environment: environment).add(to: api)
        DiaryRoutes(environment: environment).add(to: api)
        let samples = SampleRoutes(environment: environment)
        samples.add(to: api)
        api.get("openapi.yaml") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: OpenAPIDocument.yaml)))
        }
        samples.addPage(to: router)
        // Browsers ask every site for an icon; "no content" keeps a 404 out of their console.
        router.get("favicon.ico") { _, _ in Response(status: .noContent) }

        let support = PageSupport(environment: environment)
        SignInPages(support: support).add(to: router)
        MemberPages(support: support).add(to: router)
        HistoryPage(support: support).add(to: router)
        DiaryPages(support: support).add(to: router)
        DiaryDayPage(support: support).add(to: router)
        AccountPages(support: support).add(to: router)
        return router
    }

    /// The application listening on `host:port`, with `workers` job workers (0: another server runs the jobs).
    public static func application(
        environment: ServiceEnvironment, host: String, port: Int, workers: Int, logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var services: [any Service] = []
        if workers > 0 { services.append(JobWorker(environment: environment, workers: workers, logger: logger)) }
        services.append(WebhookSender(environment: environment, logger: logger))
        return Application(
            router: router(environment: environment),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "gutskin"),
            services: services,
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }
}
