import Foundation

/// A job's per-sample errors as stored in `jobs.sample_errors`: JSON text, NULL for none.
enum JobSampleErrors {
    static func encode(_ errors: [Job.SampleError]) -> String? {
        guard !errors.isEmpty, let data = try? JSONEncoder().encode(errors) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String?, table: String) throws -> [Job.SampleError] {
        guard let text, !text.isEmpty else { return [] }
        do { return try JSONDecoder().decode([Job.SampleError].self, from: Data(text.utf8)) } catch {
            throw StoreError.corruptRow(table: table, column: "sample_errors")
        }
    }
}
