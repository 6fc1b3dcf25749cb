import Foundation
import GutSkinStore
import Hummingbird

/// `/api/v1/samples`, `/api/v1/jobs`, `/api/v1/reports`, `/api/v1/export` and the report page
/// `/reports/{id}`: uploads, their jobs and what the jobs made. Another account's id is a 404.
struct SampleRoutes {
    let environment: ServiceEnvironment

    func add(to api: RouterGroup<ServiceRequestContext>) {
        api.post("samples") { request, context in
            let account = try context.requireBearerAccount()
            let form = try await UploadBody.read(request, limit: environment.configuration.maxUploadBytes)
            let accepted = try await UploadOperation(environment: environment).accept(form, account: account)
            let body = APIShapes.Upload(
                samples: accepted.samples.map { APIShapes.UploadedSample(id: $0.id, name: $0.name) }, jobID: accepted.job.id)
            return JSONBody.response(body, status: .accepted)
        }
        api.get("samples") { request, context in
            let account = try context.requireAccount()
            let paging = try ListPaging(request)
            let (samples, next) = paging.trim(try await environment.store.samples(visibleTo: account.id, page: paging.page)) {
                ListPage.Position(id: $0.id, createdAt: $0.createdAt)
            }
            return JSONBody.response(PagedList(key: "samples", items: samples.map(APIShapes.SampleBody.init), nextCursor: next))
        }
        api.get("samples/{id}") { _, context in
            let account = try context.requireAccount()
            guard let id = context.parameters.get("id", as: UUID.self),
                let sample = try await environment.store.sample(id: id, visibleTo: account.id)
            else { throw ServiceError.notFound("sample") }
            return JSONBody.response(APIShapes.SampleBody(sample: sample))
        }
        api.get("jobs/{id}") { _, context in
            let account = try context.requireAccount()
            guard let id = context.parameters.get("id", as: UUID.self),
                let job = try await environment.store.job(id: id, ownerID: account.id)
            else { throw ServiceError.notFound("job") }
            return JSONBody.response(APIShapes.JobBody(job: job))
        }
        api.get("reports") { request, context in
            let account = try context.requireAccount()
            let paging = try ListPaging(request)
            let (reports, next) = paging.trim(try await environment.store.reports(visibleTo: account.id, page: paging.page)) {
                ListPage.Position(id: $0.id, createdAt: $0.createdAt)
            }
            return JSONBody.response(PagedList(key: "reports", items: reports.map(APIShapes.ReportListing.init), nextCursor: next))
        }
        api.get("reports/{id}") { _, context in
            // Only the JSON column, sent as stored: the report fetch is the API's busiest route.
            let account = try context.requireAccount()
            guard let id = context.parameters.get("id", as: UUID.self),
                let json = try await environment.store.reportJSON(id: id, visibleTo: account.id)
            else { throw ServiceError.notFound("report") }
            return JSONBody.raw(json)
        }
        api.get("export") { _, context in
            let account = try context.requireAccount()
            let archive = try await ExportOperation(environment: environment).archive(for: account)
            let name =
                "gutskin-export-\(ISO8601DateFormatter.string(from: environment.now(), timeZone: .gmt, formatOptions: [.withFullDate])).tar"
            return Response(
                status: .ok,
                headers: [.contentType: "application/x-tar", .contentDisposition: "attachment; filename=\"\(name)\""],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: archive)))
        }
    }

    /// The report page itself, as the report command writes it (the site frame shows it in an iframe).
    func addPage(to router: Router<ServiceRequestContext>) {
        router.get("reports/{id}") { _, context in
            let report = try await visibleReport(context)
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/html; charset=utf-8",
                    // The stored page is self-contained: no scripts from elsewhere, no framing by other sites.
                    .contentSecurityPolicy:
                        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'",
                ],
                body: ResponseBody(byteBuffer: ByteBuffer(string: report.html)))
        }
    }

    private func visibleReport(_ context: ServiceRequestContext) async throws -> StoredReport {
        let account = try context.requireAccount()
        guard let id = context.parameters.get("id", as: UUID.self),
            let report = try await environment.store.report(id: id, visibleTo: account.id)
        else { throw ServiceError.notFound("report") }
        return report
    }
}
