import Foundation
import GutSkinDiary
import GutSkinStore
import Hummingbird

/// `POST /api/v1/diary` (a `diary` file as multipart/form-data, or the diary's JSON form as the
/// body) and `GET /api/v1/diary/analysis` (the analysis JSON of the latest diary, docs/diary.md).
struct DiaryRoutes {
    let environment: ServiceEnvironment

    struct Kept: Encodable {
        let id: UUID
        let name: String
        let entries: Int
        let firstDay: String?
        let lastDay: String?
        let createdAt: Date
        enum CodingKeys: String, CodingKey {
            case id, name, entries, firstDay = "first_day", lastDay = "last_day", createdAt = "created_at"
        }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(entries, forKey: .entries)
            try container.encode(firstDay, forKey: .firstDay)
            try container.encode(lastDay, forKey: .lastDay)
            try container.encode(createdAt, forKey: .createdAt)
        }
    }

    func add(to api: RouterGroup<ServiceRequestContext>) {
        api.post("diary") { request, context in
            let account = try context.requireBearerAccount()
            let limit = environment.configuration.maxUploadBytes
            let operation = DiaryOperation(environment: environment)
            let kept: (file: StoredFile, diary: Diary)
            if MultipartForm.boundary(contentType: request.headers[.contentType]) != nil {
                let form = try await UploadBody.read(request, limit: limit)
                guard let part = form.file("diary") else { throw ServiceError(.badRequest, "send the diary as the file part 'diary'") }
                kept = try await operation.accept(part.data, name: part.fileName ?? "diary", format: nil, account: account)
            } else {
                if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
                    throw ServiceError(.contentTooLarge, "the diary is larger than the limit of \(limit / (1024 * 1024)) MB")
                }
                let buffer: ByteBuffer
                do { buffer = try await request.body.collect(upTo: limit) } catch {
                    throw ServiceError(.contentTooLarge, "the diary is larger than the limit of \(limit / (1024 * 1024)) MB")
                }
                kept = try await operation.accept(Data(buffer: buffer), name: "diary.json", format: .json, account: account)
            }
            let days = kept.diary.entries.map(\.date)
            return JSONBody.response(
                Kept(
                    id: kept.file.id, name: kept.file.originalName, entries: kept.diary.entries.count,
                    firstDay: days.min()?.description, lastDay: days.max()?.description, createdAt: kept.file.createdAt),
                status: .created)
        }
        api.get("diary/analysis") { _, context in
            let account = try context.requireAccount()
            guard let analysis = try await DiaryOperation(environment: environment).analysis(account: account) else {
                throw ServiceError(.notFound, "no diary yet (POST /api/v1/diary first)")
            }
            do { return JSONBody.raw(try analysis.result.json()) } catch {
                throw ServiceError(.internalServerError, "the analysis could not be encoded")
            }
        }
    }
}
