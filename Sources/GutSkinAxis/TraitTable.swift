import GutSkinCore

/// One genus carrying one trait, with the source that says so and its spellings in the
/// common taxonomies (Greengenes 13_8, SILVA 138, GTDB, MetaPhlAn).
public struct TraitAssignment: Sendable, Hashable, Codable {
    /// The genus as current nomenclature (SILVA 138 / GTDB) writes it, e.g. `Cutibacterium`.
    public let genus: String
    /// Other spellings of the same genus in reference taxonomies, e.g. `Propionibacterium` (Greengenes).
    public let synonyms: [String]
    public let trait: MicrobialTrait
    /// Key into `Bibliography`.
    public let citation: String
    /// What the source says, in a few words (e.g. "main butyrate producer; clostridial cluster IV").
    public let evidence: String
    /// How strong the evidence is that the genus carries the trait (docs/evidence.md, "Trait rows").
    public let grade: EvidenceGrade

    public init(genus: String, synonyms: [String] = [], trait: MicrobialTrait, citation: String, evidence: String, grade: EvidenceGrade) {
        self.genus = genus
        self.synonyms = synonyms
        self.trait = trait
        self.citation = citation
        self.evidence = evidence
        self.grade = grade
    }

    /// The row as one sentence a person reads ("Faecalibacterium is counted among butyrate producers: …").
    public var statement: String {
        let title = trait.title
        let isAcronym = title.dropFirst().first?.isUppercase ?? false
        let words = isAcronym ? title : title.prefix(1).lowercased() + title.dropFirst()
        return "\(genus) is counted among \(words): \(evidence)."
    }
}

/// Genus → traits, looked up by any spelling of the genus.
public struct TraitTable: Sendable {
    public let assignments: [TraitAssignment]
    private let traitsByGenusKey: [String: Set<MicrobialTrait>]

    public init(_ assignments: [TraitAssignment]) {
        self.assignments = assignments
        var index = [String: Set<MicrobialTrait>]()
        for assignment in assignments {
            for name in [assignment.genus] + assignment.synonyms {
                index[GenusName.key(name), default: []].insert(assignment.trait)
            }
        }
        traitsByGenusKey = index
    }

    /// The traits of a genus given by any spelling (`g__[Ruminococcus]`, `Agathobacter`).
    public func traits(ofGenus name: String) -> Set<MicrobialTrait> {
        traitsByGenusKey[GenusName.key(name)] ?? []
    }

    /// The assignments for one trait, in table order.
    public func assignments(for trait: MicrobialTrait) -> [TraitAssignment] {
        assignments.filter { $0.trait == trait }
    }

    /// The distinct genera counted for one trait, in table order.
    public func genera(for trait: MicrobialTrait) -> [String] {
        var genera = [String]()
        for assignment in assignments(for: trait) where !genera.contains(assignment.genus) { genera.append(assignment.genus) }
        return genera
    }

    /// The distinct sources of one trait's rows, in table order.
    public func citations(for trait: MicrobialTrait) -> [String] {
        var keys = [String]()
        for assignment in assignments(for: trait) where !keys.contains(assignment.citation) { keys.append(assignment.citation) }
        return keys
    }
}
