import Foundation
import GutSkinCore
import GutSkinFormats

/// Questionnaire answers that mean "no answer" (compared case-insensitively, trimmed): empty, NA,
/// N/A, unknown, not provided, not applicable, not collected, missing, unspecified, and anything
/// starting with "missing:" (American Gut writes "Not provided", "Missing: Not provided").
public enum MissingAnswer {
    public static let terms: Set<String> = [
        "", "na", "n/a", "unknown", "not provided", "not applicable", "not collected", "missing", "unspecified",
    ]
    /// A human-readable list of the rule, for the page and README.txt.
    public static let description =
        "empty, NA, N/A, unknown, not provided, not applicable, not collected, missing, unspecified, or starting with 'missing:' (any case)"

    public static func isMissing(_ value: String?) -> Bool {
        guard let value else { return true }
        let answer = value.trimmingCharacters(in: .whitespaces).lowercased()
        return terms.contains(answer) || answer.hasPrefix("missing:")
    }
}

/// How a questionnaire records skin conditions. Both shapes occur in real cohorts.
public enum ConditionSpecification: Sendable, Equatable {
    /// One column per condition, `positive` marking a case (PGP: `Eczema` = `Y`). A blank cell is
    /// "no" (surveys write only the yes answers); NA/unknown are missing.
    case columns([String], positive: String)
    /// One column naming the condition (American Gut: `SKIN_CONDITION`); `control` is the answer
    /// of people without one, every other non-missing value is a condition. `conditions`, when not
    /// empty, are the values compared (people with other values are neither cases nor controls).
    case column(String, control: String, conditions: [String])

    /// No conditions: every person counts as a control (per-site sections and links only).
    public static let none = ConditionSpecification.columns([], positive: "Y")
}

/// Whether a site is a gut or a skin site.
public enum SiteRole: String, Sendable, Equatable { case gut, skin }

/// A body site of the cohort: one value of the site column.
public struct CohortSite: Sendable, Equatable {
    public let value: String
    public let role: SiteRole
    public init(value: String, role: SiteRole) {
        self.value = value
        self.role = role
    }
}

/// What a person is for the comparisons: a case of some conditions, a control (none of the named
/// conditions), or unknown (an answer missing, or a condition that is not compared).
public enum ConditionStatus: Sendable, Equatable {
    case control
    case cases(Set<String>)
    case unknown
}

/// Why a sample of the table is not analysed.
public enum SampleFate: Sendable, Equatable {
    case used
    case notInMetadata
    case otherSite
    case missingSubject
    case belowDepth(Int)
    /// Another sample of the same person and site was kept: deeper, or (`equal`) as deep and earlier in the table.
    case notChosen(kept: String, equal: Bool)

    public var reason: String {
        switch self {
        case .used: return "used"
        case .notInMetadata: return "not in the metadata"
        case .otherSite: return "site not named by --gut or --skin"
        case .missingSubject: return "no subject id"
        case .belowDepth(let depth): return "fewer than \(depth) reads"
        case .notChosen(let kept, let equal):
            return equal
                ? "same person and site, equally deep as \(kept); first in table order was kept"
                : "same person and site as the deeper sample \(kept)"
        }
    }

    /// Dropped for a reason worth listing (other sites are simply outside the analysis).
    public var isDropped: Bool {
        switch self {
        case .used, .otherSite: return false
        default: return true
        }
    }
}

/// One sample of the table with its person, site, reads and fate.
public struct CohortSample: Sendable, Equatable {
    public let id: String
    public let subject: String?
    public let site: String?
    public let reads: Double
    public var fate: SampleFate
}

/// The cohort's design: which sample stands for each person at each site, and each person's status.
///
/// **One sample per person and site:** the deepest sample (most reads before rarefaction; ties:
/// the first in table order) among those at or above the rarefaction depth. Several `--gut` or
/// `--skin` values are separate sites. A person's condition status is read from the metadata row
/// of the sample chosen at that site.
public struct CohortDesign: Sendable {
    public let sites: [CohortSite]
    public let conditions: [String]
    public let samples: [CohortSample]
    /// Per site (parallel to `sites`): the chosen sample ids and their subjects, in table order.
    public let chosen: [[(sample: String, subject: String)]]
    /// Per site: each chosen sample's status.
    public let status: [[ConditionStatus]]
    /// Columns named with `--require`: a missing answer there makes a person unknown.
    public let required: [String]
    /// With `--condition-column` and no `--condition`: the values taken as conditions, with the
    /// number of people (with a chosen sample at any site, before `--require`) answering it; nil otherwise.
    public let inferredConditions: [(value: String, people: Int)]?
    /// How cases, controls and unknown people are told apart, in words (page and README.txt).
    public let statusRule: String

    /// - Parameters:
    ///   - metadata: read with the default missing values (NA, unknown, blank).
    ///   - blankOnlyMetadata: the same file read with only blank cells missing, to tell a blank
    ///     answer ("no" in a per-condition column) from NA.
    public init(
        table: FeatureTable, metadata: SampleMetadata, blankOnlyMetadata: SampleMetadata, metadataPath: String,
        subjectColumn: String, siteColumn: String, sites: [CohortSite], conditions specification: ConditionSpecification,
        depth: Int, required: [String] = []
    ) throws {
        func column(_ name: String, in source: SampleMetadata = metadata) throws -> MetadataColumn {
            guard let found = source.column(named: name) else {
                throw CohortInputError.noColumn(file: metadataPath, column: name, available: metadata.columns.map(\.name), purpose: nil)
            }
            return found
        }
        let subjects = try column(subjectColumn)
        let siteValues = try column(siteColumn)
        let present = Set(siteValues.values.compactMap { $0 })
        for site in sites where !present.contains(site.value) {
            throw CohortInputError.noSiteValue(
                file: metadataPath, column: siteColumn, value: site.value, role: site.role, present: present.sorted())
        }

        // Condition columns, raw (blank → nil) and with NA/unknown missing.
        var conditionNames = [String]()
        var statusOfRow: (Int) -> ConditionStatus
        var rule = ""
        var inferred = false
        switch specification {
        case .columns(let names, let positive):
            let raw = try names.map { try column($0, in: blankOnlyMetadata) }
            for (index, name) in names.enumerated() where !raw[index].values.contains(where: { $0 == positive }) {
                var seen = Set<String>()
                var values = [String]()
                for value in raw[index].values.compactMap({ $0 }) where seen.insert(value).inserted { values.append(value) }
                throw CohortInputError.noPositiveAnswer(file: metadataPath, column: name, positive: positive, values: values)
            }
            conditionNames = names
            rule =
                names.isEmpty
                ? "no conditions named: everyone is a control"
                : "case of a condition: its column is '\(positive)'; control: no column is '\(positive)' and none is missing (a blank cell is no); unknown: no '\(positive)' and an answer missing (\(MissingAnswer.description.replacingOccurrences(of: "empty, ", with: "")))"
            statusOfRow = { row in
                var positives = Set<String>()
                var unknown = false
                for index in names.indices {
                    let value = raw[index].values[row]
                    if value == positive {
                        positives.insert(names[index])
                    } else if value != nil && MissingAnswer.isMissing(value) {
                        unknown = true  // NA / unknown / not provided: not an answer
                    }
                }
                if !positives.isEmpty { return .cases(positives) }
                return unknown ? .unknown : .control
            }
        case .column(let name, let control, let named):
            let values = try column(name, in: blankOnlyMetadata)
            let observed = Set(values.values.compactMap { $0 }.filter { !MissingAnswer.isMissing($0) }).subtracting([control]).sorted()
            if let missing = named.first(where: { !observed.contains($0) }) {
                throw CohortInputError.noConditionValue(file: metadataPath, column: name, value: missing, observed: observed)
            }
            if !values.values.contains(where: { $0 == control }) {
                throw CohortInputError.noControlValue(file: metadataPath, column: name, control: control)
            }
            conditionNames = named.isEmpty ? observed : named
            inferred = named.isEmpty
            let compared = Set(conditionNames)
            rule =
                "case: \(name) is the condition's value; control: \(name) is '\(control)'; unknown: \(name) is missing (\(MissingAnswer.description))"
                + (named.isEmpty ? "" : " or a value not named by --condition")
            statusOfRow = { row in
                guard let value = values.values[row], !MissingAnswer.isMissing(value) else { return .unknown }
                if value == control { return .control }
                return compared.contains(value) ? .cases([value]) : .unknown
            }
        }

        // --require: a missing answer in any of these columns makes the person unknown.
        let conditionOnly = statusOfRow
        let requiredColumns = try required.map { try column($0, in: blankOnlyMetadata) }
        if !required.isEmpty {
            let conditionStatus = statusOfRow
            statusOfRow = { row in
                requiredColumns.contains { MissingAnswer.isMissing($0.values[row]) } ? .unknown : conditionStatus(row)
            }
            rule += "; also unknown: a missing answer in " + required.joined(separator: ", ") + " (--require)"
        }

        // Each sample's fate; the deepest per person and site.
        let totals = table.sampleTotals
        var samples = [CohortSample]()
        var best = [Int: [String: Int]]()  // site → subject → index into samples
        var siteIndex = [String: Int]()
        for (index, site) in sites.enumerated() { siteIndex[site.value] = index }
        for (index, id) in table.sampleIDs.enumerated() {
            guard let row = metadata.row(of: id) else {
                samples.append(CohortSample(id: id, subject: nil, site: nil, reads: totals[index], fate: .notInMetadata))
                continue
            }
            let subject = subjects.values[row]
            let site = siteValues.values[row]
            var sample = CohortSample(id: id, subject: subject, site: site, reads: totals[index], fate: .used)
            guard let site, let position = siteIndex[site] else {
                sample.fate = .otherSite
                samples.append(sample)
                continue
            }
            guard let subject else {
                sample.fate = .missingSubject
                samples.append(sample)
                continue
            }
            if totals[index] < Double(depth) {
                sample.fate = .belowDepth(depth)
                samples.append(sample)
                continue
            }
            if let previous = best[position]?[subject] {
                if totals[index] > samples[previous].reads {
                    samples[previous].fate = .notChosen(kept: id, equal: false)
                    best[position]?[subject] = samples.count
                } else {
                    sample.fate = .notChosen(kept: samples[previous].id, equal: totals[index] == samples[previous].reads)
                }
            } else {
                best[position, default: [:]][subject] = samples.count
            }
            samples.append(sample)
        }
        // A sample replaced later names the final choice.
        for index in samples.indices {
            if case .notChosen = samples[index].fate, let subject = samples[index].subject, let site = samples[index].site,
                let position = siteIndex[site], let chosenIndex = best[position]?[subject]
            {
                samples[index].fate = .notChosen(kept: samples[chosenIndex].id, equal: samples[index].reads == samples[chosenIndex].reads)
            }
        }
        var answered = [String: Set<String>]()  // condition → people answering it (before --require)
        var chosen = [[(sample: String, subject: String)]](repeating: [], count: sites.count)
        var status = [[ConditionStatus]](repeating: [], count: sites.count)
        for sample in samples where sample.fate == .used {
            guard let site = sample.site, let position = siteIndex[site], let subject = sample.subject,
                let row = metadata.row(of: sample.id)
            else { continue }
            chosen[position].append((sample.id, subject))
            status[position].append(statusOfRow(row))
            if inferred, case .cases(let names) = conditionOnly(row) { for name in names { answered[name, default: []].insert(subject) } }
        }
        self.sites = sites
        self.conditions = conditionNames
        self.samples = samples
        self.chosen = chosen
        self.status = status
        self.required = required
        self.statusRule = rule
        if inferred {
            self.inferredConditions = conditionNames.map { ($0, answered[$0]?.count ?? 0) }
        } else {
            self.inferredConditions = nil
        }
    }

    /// Per site: the number of controls, cases (of any named condition) and unknown people.
    public func statusCounts(site position: Int) -> (controls: Int, cases: Int, unknown: Int) {
        var counts = (controls: 0, cases: 0, unknown: 0)
        for status in status[position] {
            switch status {
            case .control: counts.controls += 1
            case .cases: counts.cases += 1
            case .unknown: counts.unknown += 1
            }
        }
        return counts
    }

    /// Subjects with a chosen sample at both sites.
    public func pairedSubjects(_ first: Int, _ second: Int) -> [String] {
        let other = Set(chosen[second].map(\.subject))
        return chosen[first].map(\.subject).filter { other.contains($0) }
    }

    /// All subjects with at least one chosen sample.
    public var subjects: [String] {
        var seen = Set<String>()
        var ordered = [String]()
        for site in chosen { for entry in site where seen.insert(entry.subject).inserted { ordered.append(entry.subject) } }
        return ordered
    }
}
