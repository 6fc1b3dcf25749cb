import Foundation
import HTTPTypes
import Hummingbird

/// The edge of every request: adds the request id to the response (`X-Request-Id`), turns errors
/// into answers (`{"error": "…"}` under /api, an HTML page elsewhere; anything unexpected is a
/// 500 that names the request id, with the detail in the log only), and logs one line per request:
/// method, route pattern, status and time, never a query or body.
struct RequestEdgeMiddleware: RouterMiddleware {
    typealias Context = ServiceRequestContext
    let pages: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as PageError {
            response = try error.response(from: request, context: context)
        } catch let error as RedirectError {
            response = try error.response(from: request, context: context)
        } catch {
            response = try answer(for: error, request: request, context: context)
        }
        response.headers[HTTPField.Name("X-Request-Id")!] = context.id
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        context.logger.info(
            "\(request.method) \(context.endpointPath ?? "(no route)") \(response.status.code)",
            metadata: ["ms": "\(Int(milliseconds.rounded()))"])
        return response
    }

    /// The answer for an error: JSON under /api, an HTML page elsewhere.
    private func answer(for error: any Error, request: Request, context: Context) throws -> Response {
        let failure: ServiceError
        switch error {
        case let error as ServiceError: failure = error
        case let error as HTTPError where error.status == .notFound && request.uri.path.hasPrefix("/api/v1/"):
            // A documented path called with another method is a 405 naming the methods it has.
            let path = String(request.uri.path.dropFirst("/api/v1".count))
            if let allowed = APIRouteTable.documented.allowedMethods(apiPath: path), !allowed.contains(request.method.rawValue) {
                let message = "\(request.method.rawValue) is not allowed here; use \(allowed.joined(separator: ", "))"
                var response = try ServiceError(.methodNotAllowed, message).response(from: request, context: context)
                response.headers[.allow] = allowed.joined(separator: ", ")
                return response
            }
            failure = ServiceError(.notFound, "no such route")
        case let error as HTTPError: failure = ServiceError(error.status, error.body ?? error.status.reasonPhrase)
        case let error as HTTPResponseError: failure = ServiceError(error.status, error.status.reasonPhrase)
        default:
            context.logger.error("unexpected error: \(error)")
            failure = ServiceError(.internalServerError, "something went wrong on the server (request \(context.id))")
        }
        if request.uri.path.hasPrefix("/api/") { return try failure.response(from: request, context: context) }
        return pages.errorPage(status: failure.status, message: failure.message, account: context.account)
    }
}
