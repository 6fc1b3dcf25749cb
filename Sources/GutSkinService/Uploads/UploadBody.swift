import Foundation
import Hummingbird

/// Reads a multipart upload's body within the size limit: a declared `Content-Length` over it is
/// refused (413) before any byte is read, and a body that grows past it stops being read at the limit.
enum UploadBody {
    static func read(_ request: Request, limit: Int) async throws -> MultipartForm {
        guard let boundary = MultipartForm.boundary(contentType: request.headers[.contentType]) else {
            throw ServiceError(.unsupportedMediaType, "send the upload as multipart/form-data")
        }
        let tooLarge = ServiceError(.contentTooLarge, "the upload is larger than the limit of \(limit / (1024 * 1024)) MB")
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit { throw tooLarge }
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: limit) } catch {
            throw tooLarge
        }
        return try MultipartForm(body: Data(buffer: buffer), boundary: boundary)
    }
}
