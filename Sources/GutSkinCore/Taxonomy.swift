/// The ranks microbiome taxonomies use, from domain to species.
public enum TaxonomicRank: Int, CaseIterable, Sendable, Comparable {
    case domain = 0, phylum, `class`, order, family, genus, species

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// QIIME 2's level number (1 = domain/kingdom … 7 = species).
    public var level: Int { rawValue + 1 }

    /// Parses a rank name as users type it (`genus`, `Genus`, `g`, `6`, `kingdom`).
    public init?(name: String) {
        switch name.lowercased() {
        case "domain", "kingdom", "d", "k", "1": self = .domain
        case "phylum", "p", "2": self = .phylum
        case "class", "c", "3": self = .class
        case "order", "o", "4": self = .order
        case "family", "f", "5": self = .family
        case "genus", "g", "6": self = .genus
        case "species", "s", "7": self = .species
        default: return nil
        }
    }
}

/// A feature's taxonomic lineage, as written in Greengenes (`k__Bacteria; p__Firmicutes`),
/// SILVA 132 (`D_0__Bacteria;D_1__...`), SILVA 138 / GTDB (`d__Bacteria; p__...`) and MetaPhlAn
/// (`k__Bacteria|p__...`) strings.
///
/// Ranks are kept as written but trimmed (real files hold `' p__Proteobacteria'`), so a lineage
/// round-trips; `name(at:)` gives the bare name with its prefix removed, or `nil` when the rank
/// is empty (`g__`) or absent. Brackets of provisional Greengenes names (`g__[Ruminococcus]`) are
/// kept in `ranks` and in `name(at:)`; `plainName(at:)` drops them.
public struct Taxonomy: Sendable, Hashable {
    /// The lineage's labels, domain first, trimmed of surrounding white space.
    public let ranks: [String]

    public init(ranks: [String]) {
        self.ranks = ranks.map { $0.trimmingWhitespace() }
    }

    /// Parses a lineage string separated by `;` (or `|`, as MetaPhlAn writes).
    public init(parsing lineage: String) {
        let separator: Character = lineage.contains(";") || !lineage.contains("|") ? ";" : "|"
        var labels = lineage.split(separator: separator, omittingEmptySubsequences: false).map {
            String($0).trimmingWhitespace()
        }
        while let last = labels.last, last.isEmpty { labels.removeLast() }
        if labels.count == 1 && labels[0].isEmpty { labels = [] }
        self.init(ranks: labels)
    }

    /// An empty lineage ("Unassigned").
    public static let unassigned = Taxonomy(ranks: [])

    /// The label at `rank` as written (with prefix), or `nil` when the lineage is shorter.
    public func label(at rank: TaxonomicRank) -> String? {
        // Labels with a recognised prefix say their rank; others count by position.
        for label in ranks where Self.rank(ofPrefixed: label) == rank { return label }
        if ranks.contains(where: { Self.rank(ofPrefixed: $0) != nil }) { return nil }
        return rank.rawValue < ranks.count ? ranks[rank.rawValue] : nil
    }

    /// The bare name at `rank` (prefix removed), or `nil` when empty or absent — including the
    /// `__` padding that collapsed feature ids (`collapsedID(at:)`) put where a rank is missing.
    public func name(at rank: TaxonomicRank) -> String? {
        guard let label = label(at: rank) else { return nil }
        let name = Self.strippingRankPrefix(label)
        return name.allSatisfy({ $0 == "_" }) ? nil : name
    }

    /// The name at `rank` without Greengenes' provisional brackets (`[Ruminococcus]` → `Ruminococcus`).
    public func plainName(at rank: TaxonomicRank) -> String? {
        guard var name = name(at: rank) else { return nil }
        if name.hasPrefix("[") && name.hasSuffix("]") && name.count > 2 {
            name = String(name.dropFirst().dropLast())
        }
        return name
    }

    /// The lineage truncated to `rank`, padded with `__` for missing levels, joined by `;`:
    /// the id QIIME 2's `taxa collapse` gives a collapsed feature.
    public func collapsedID(at rank: TaxonomicRank) -> String {
        var labels = Array(ranks.prefix(rank.level))
        while labels.count < rank.level { labels.append("__") }
        return labels.joined(separator: ";")
    }

    /// The lineage joined by `; ` (Greengenes style), as BIOM and QIIME write it.
    public var lineage: String { ranks.joined(separator: "; ") }

    static func rank(ofPrefixed label: String) -> TaxonomicRank? {
        let bytes = Array(label.utf8)
        // SILVA 132: D_0__ … D_6__
        if bytes.count >= 5, bytes[0] == UInt8(ascii: "D"), bytes[1] == UInt8(ascii: "_"),
            bytes[3] == UInt8(ascii: "_"), bytes[4] == UInt8(ascii: "_"),
            let digit = Int(String(UnicodeScalar(bytes[2]))), digit <= 6
        {
            return TaxonomicRank(rawValue: digit)
        }
        guard bytes.count >= 3, bytes[1] == UInt8(ascii: "_"), bytes[2] == UInt8(ascii: "_") else { return nil }
        switch bytes[0] {
        case UInt8(ascii: "k"), UInt8(ascii: "d"): return .domain
        case UInt8(ascii: "p"): return .phylum
        case UInt8(ascii: "c"): return .class
        case UInt8(ascii: "o"): return .order
        case UInt8(ascii: "f"): return .family
        case UInt8(ascii: "g"): return .genus
        case UInt8(ascii: "s"): return .species
        default: return nil
        }
    }

    /// The label without its rank prefix (`g__`, `D_5__`), or unchanged when it has none.
    public static func strippingRankPrefix(_ label: String) -> String {
        guard rank(ofPrefixed: label) != nil else { return label }
        let utf8 = Array(label.utf8)
        var index = 0
        while index + 1 < utf8.count && !(utf8[index] == UInt8(ascii: "_") && utf8[index + 1] == UInt8(ascii: "_")) {
            index += 1
        }
        return String(decoding: utf8[min(index + 2, utf8.count)...], as: UTF8.self)
    }
}

extension StringProtocol {
    /// This text without leading and trailing spaces, tabs and line ends (Foundation-free).
    public func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
