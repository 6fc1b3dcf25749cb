import Foundation
import GutSkinFormats

/// Reading and writing references as JSON: snake_case keys, sorted, one stable text for the
/// same reference (so a rebuilt reference can be compared byte for byte with a shipped one).
extension GutSkinReference {
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// Parses a reference; `file` names it in errors.
    public init(jsonData data: Data, file: String) throws(ReferenceError) {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        struct Header: Decodable {
            var format: String?
            var formatVersion: Int?
        }
        if let syntax = JSONSyntaxPlace.check(data) { throw .unreadable(file: file, reason: syntax) }
        guard let header = try? decoder.decode(Header.self, from: data) else {
            throw .unreadable(file: file, reason: "not a JSON object")
        }
        guard header.format == Self.formatName else {
            throw .unreadable(
                file: file, reason: "its \"format\" is \(header.format.map { "\"\($0)\"" } ?? "missing"), not \"\(Self.formatName)\"")
        }
        if let version = header.formatVersion, version > Self.currentFormatVersion {
            throw .unsupportedVersion(file: file, version: version)
        }
        do {
            self = try decoder.decode(GutSkinReference.self, from: data)
        } catch let error as DecodingError {
            throw .unreadable(file: file, reason: Self.describe(error))
        } catch {
            throw .unreadable(file: file, reason: "\(error)")
        }
        try validate(file: file)
    }

    /// Checks what the decoder cannot: profiles, samples and map agree in size.
    func validate(file: String) throws(ReferenceError) {
        let n = samples.count
        guard depth > 0 else { throw .unreadable(file: file, reason: "depth must be positive") }
        guard genusLineages.count == genera.count else {
            throw .unreadable(file: file, reason: "\(genera.count) genera but \(genusLineages.count) lineages")
        }
        guard profiles.count == n, map.coordinates.count == n, map.centredDiagonal.count == n else {
            throw .unreadable(file: file, reason: "\(n) samples but \(profiles.count) profiles and \(map.coordinates.count) map points")
        }
        let axes = map.eigenvalues.count
        guard map.proportionExplained.count == axes, map.coordinates.allSatisfy({ $0.count == axes }) else {
            throw .unreadable(file: file, reason: "map: every point needs one coordinate per eigenvalue (\(axes))")
        }
        for (sample, profile) in profiles.enumerated() {
            guard profile.count % 2 == 0,
                stride(from: 0, to: profile.count, by: 2).allSatisfy({
                    profile[$0] >= 0 && profile[$0] < genera.count && profile[$0 + 1] > 0
                })
            else { throw .unreadable(file: file, reason: "profiles[\(sample)] is not a list of (genus index, count) pairs") }
        }
        for (index, distribution) in scores.enumerated() where distribution.quantiles.values.count != 101 {
            throw .unreadable(file: file, reason: "scores[\(index)].quantiles must hold 101 values")
        }
        for (index, change) in (usualChange?.scores ?? []).enumerated() where change.changeQuantiles.values.count != 101 {
            throw .unreadable(file: file, reason: "usual_change.scores[\(index)].change_quantiles must hold 101 values")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let text = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.isEmpty ? "top level" : String(text.drop { $0 == "." })
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context)): missing \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
