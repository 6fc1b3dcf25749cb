import Foundation
import GutSkinDiary
import GutSkinRendering
import GutSkinStore
import Hummingbird

/// The diary page: upload a diary (multipart form with CSRF), then the latest diary's ranked
/// candidates, each with its plain sentence (GutSkinRendering's DiarySentence), the notes and the
/// caution; the full analysis page (GutSkinRendering's DiaryPage, as the CLI writes it) inside the
/// site frame at /diary/analysis (the page itself at /diary/analysis/page). Logging a day: DiaryDayPage.
struct DiaryPages {
    let support: PageSupport
    var environment: ServiceEnvironment { support.environment }

    /// Tested candidates shown on the page, best first; and "too few" ones.
    static let shownCandidates = 10
    static let shownTooFew = 5

    func add(to router: Router<ServiceRequestContext>) {
        router.get("diary") { request, context in
            try await render(account: try support.requireAccount(context), request: request, context: context)
        }
        router.post("diary") { request, context in
            let account = try support.requireAccount(context)
            let form: MultipartForm
            do {
                form = try await UploadBody.read(request, limit: environment.configuration.maxUploadBytes)
            } catch let error as ServiceError {
                return try await render(account: account, request: request, context: context, error: error.message, status: error.status)
            }
            try support.checkCSRF(form.part("csrf")?.text, request: request, context: context)
            do {
                guard let part = form.file("diary") else { throw ServiceError(.badRequest, "choose a diary file") }
                _ = try await DiaryOperation(environment: environment).accept(
                    part.data, name: part.fileName ?? "diary", format: nil, account: account)
            } catch let error as ServiceError {
                return try await render(account: account, request: request, context: context, error: error.message, status: error.status)
            }
            return try await render(
                account: account, request: request, context: context, notice: "Your diary was read and kept; its analysis is below.")
        }
        router.get("diary/analysis") { request, context in
            let account = try support.requireAccount(context)
            guard let analysis = try await DiaryOperation(environment: environment).analysis(account: account) else {
                throw PageError(status: .notFound, message: "There is no diary yet.", pages: support.pages, account: account)
            }
            let result = analysis.result
            var values: [String: Any] = ["source": analysis.stored.source, "days": result.days, "tests": result.testsRun]
            if result.testsRun == 0 { values["tooFew"] = Self.tooFewMessage(result) }
            return support.render("diary-analysis", title: "Diary analysis", values: values, request: request, context: context)
        }
        router.get("diary/analysis/page") { _, context in
            let account = try support.requireAccount(context)
            guard let analysis = try await DiaryOperation(environment: environment).analysis(account: account) else {
                throw PageError(status: .notFound, message: "There is no diary yet.", pages: support.pages, account: account)
            }
            let html = DiaryPage.html(analysis.result, diary: analysis.stored.diary)
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/html; charset=utf-8",
                    // The page the CLI writes: self-contained, framed only by this site's analysis page.
                    .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'",
                    .cacheControl: "no-store",
                ],
                body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
        }
    }

    /// When nothing could be tested: the analysis's own "too few" note (how many more days the
    /// closest comparison needs), or a general one.
    static func tooFewMessage(_ result: DiaryAnalysisResult) -> String {
        result.notes.first { $0.hasPrefix("Too few days") }
            ?? "Too few days to test anything yet: each comparison needs at least 7 days with and 7 days without a food or product."
    }

    private func render(
        account: Account, request: Request, context: ServiceRequestContext, error: String? = nil, notice: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        var values: [String: Any] = ["caution": DiaryPage.caution, "maxUploadMB": environment.configuration.maxUploadBytes / (1024 * 1024)]
        if let analysis = try await DiaryOperation(environment: environment).analysis(account: account) {
            let result = analysis.result
            let tested = result.candidates.filter { $0.pValue != nil }.prefix(Self.shownCandidates)
            let tooFew = result.candidates.filter(\.tooFew).prefix(Self.shownTooFew)
            func row(_ candidate: DiaryAnalysisResult.Candidate) -> [String: Any] {
                [
                    "exposure": candidate.exposure, "symptom": candidate.symptom, "lag": candidate.lag,
                    "effect": String(format: "%+.1f", candidate.effect),
                    "q": candidate.qValue.map { String(format: "%.3f", $0) } ?? "—",
                    "sentence": DiarySentence.candidate(candidate, tests: result.testsRun, permutations: result.permutations),
                ]
            }
            values["diary"] = [
                "source": analysis.stored.source, "days": result.days,
                "tests": result.testsRun, "notes": result.notes, "candidates": tested.map(row), "hasCandidates": !tested.isEmpty,
                "tooFew": tooFew.map(row), "hasTooFew": !tooFew.isEmpty,
            ]
        }
        return support.render(
            "diary", title: "Diary", values: values, request: request, context: context, error: error, notice: notice, status: status)
    }
}
