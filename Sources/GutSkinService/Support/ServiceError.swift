import Foundation
import GutSkinFormats
import Hummingbird

/// An answer to a request that went wrong: its status and one line for people, sent as
/// `{"error": "…"}`. Handlers throw it; it becomes a response at the edge, never deeper.
public struct ServiceError: HTTPResponseError, CustomStringConvertible {
    public let status: HTTPResponse.Status
    public let message: String

    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = OneLine.text(message)
    }

    public var description: String { "\(status.code): \(message)" }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        JSONBody.response(["error": message], status: status)
    }

    /// Another account's id, a missing one and a malformed one answer alike: nothing says it exists.
    public static func notFound(_ what: String) -> ServiceError { ServiceError(.notFound, "no such \(what)") }
    public static let signInRequired = ServiceError(.unauthorized, "sign in first (a session or API token as 'Authorization: Bearer …')")
    public static let tooManyAttempts = ServiceError(.tooManyRequests, "too many sign-in attempts; wait 15 minutes and try again")
}

/// JSON responses with the service's encoder (snake_case keys are spelt out by the types, ISO 8601 dates).
enum JSONBody {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? encoder.encode(value)) ?? Data("{\"error\":\"the answer could not be encoded\"}".utf8)
        return raw(data, status: status)
    }

    static func raw(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Decodes a JSON request body (at most 64 KB); malformed JSON is a 400 naming what is wrong.
    static func decode<Value: Decodable>(_ type: Value.Type, from request: Request) async throws -> Value {
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: 64 * 1024) } catch {
            throw ServiceError(.contentTooLarge, "the JSON body is larger than 64 KB")
        }
        do { return try decoder.decode(type, from: Data(buffer: buffer)) } catch let error as DecodingError {
            throw ServiceError(.badRequest, "the JSON body is not as documented: \(describe(error))")
        } catch {
            throw ServiceError(.badRequest, "the JSON body is not valid JSON")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): "'\(key.stringValue)' is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            "'\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type"
        case .dataCorrupted(let context) where !context.codingPath.isEmpty:
            "'\(context.codingPath.map(\.stringValue).joined(separator: "."))' has a value that is not allowed"
        case .dataCorrupted: "it is not valid JSON"
        @unknown default: "it cannot be read"
        }
    }
}
