import GutSkinCore

/// Matching genus names across taxonomies: Greengenes brackets provisional names
/// (`[Ruminococcus]`), SILVA 138 suffixes groups (`[Ruminococcus]_gnavus_group`), GTDB suffixes
/// split genera (`Bacteroides_A`), MetaPhlAn writes `g__Escherichia`.
public enum GenusName {
    /// A comparison key: rank prefix, case, underscores and suffixes that split a genus (GTDB's
    /// `Bacteroides_A`, SILVA's `Clostridium_sensu_stricto_1` keeps its words but loses the number)
    /// removed. Greengenes' brackets are kept: `[Ruminococcus]` (Lachnospiraceae) is not
    /// `Ruminococcus` (Ruminococcaceae). SILVA group names keep their group
    /// (`ruminococcus gnavus group`), since they are not the genus. Renamed and merged genera meet
    /// under one name: Greengenes' `Propionibacterium` of skin is today's `Cutibacterium`, and
    /// SILVA's merged `Escherichia-Shigella` counts as `Escherichia`.
    public static func key(_ name: String) -> String {
        var text = Taxonomy.strippingRankPrefix(name.trimmingWhitespace())
        text = text.replacingAll("_", with: " ")
        // GTDB `Bacteroides A`, SILVA `Corynebacterium 1` → the genus itself.
        if let space = text.lastIndex(of: " ") {
            let suffix = text[text.index(after: space)...]
            if (suffix.count == 1 && suffix.allSatisfy({ $0.isUppercase })) || (!suffix.isEmpty && suffix.allSatisfy(\.isNumber)) {
                text = String(text[..<space])
            }
        }
        let key = text.lowercased()
        return synonyms[key] ?? key
    }

    /// Keys that name the same genus as another key.
    static let synonyms = ["propionibacterium": "cutibacterium", "escherichia-shigella": "escherichia"]
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        result.reserveCapacity(count)
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
