import Foundation
import GutSkinAxis

/// Reads a `report.json` (schema `gutskin-report` v1, docs/report-schema.md) into `GutSkinReport`.
public enum ReportReading {
    /// A report that could not be read, naming the file and the place.
    public struct ReadError: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    /// The report in this data; `name` is the file name the error names.
    public static func report(from data: Data, name: String) throws(ReadError) -> GutSkinReport {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .custom { keys in
            let last = keys.last!
            // The breath test's keys are spelled out in snake case by its CodingKeys; the rest are converted.
            if keys.contains(where: { ["breath_test", "breathTest"].contains($0.stringValue) }) { return last }
            return AnyKey(camelCase(last.stringValue))
        }
        do {
            let report = try decoder.decode(GutSkinReport.self, from: data)
            guard report.schema == GutSkinReport.schemaName else {
                throw ReadError(description: "\(name): key 'schema': expected '\(GutSkinReport.schemaName)', found '\(report.schema)'")
            }
            return report
        } catch let error as ReadError {
            throw error
        } catch let DecodingError.keyNotFound(key, context) {
            throw ReadError(description: "\(name): \(path(context.codingPath)): missing key '\(key.stringValue)'")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw ReadError(description: "\(name): \(path(context.codingPath)): \(context.debugDescription)")
        } catch let DecodingError.dataCorrupted(context) {
            throw ReadError(description: "\(name): \(path(context.codingPath)): \(context.debugDescription)")
        } catch {
            throw ReadError(description: "\(name): not a gutskin report: \(error)")
        }
    }

    static func camelCase(_ key: String) -> String {
        let parts = key.split(separator: "_")
        guard parts.count > 1 else { return key }
        return String(parts[0]) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "top level" : "at " + keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) {
            stringValue = String(intValue)
            self.intValue = intValue
        }
    }
}
