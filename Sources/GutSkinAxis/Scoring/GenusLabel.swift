import GutSkinCore

/// The genus a feature is counted under in genus profiles: its genus name as written
/// (Greengenes' brackets kept, since `[Ruminococcus]` and `Ruminococcus` are different genera),
/// or, when the lineage stops above genus, its deepest named rank marked as unresolved.
public enum GenusLabel {
    public static func of(_ taxonomy: Taxonomy?) -> String {
        guard let taxonomy else { return "Unassigned" }
        if let genus = taxonomy.name(at: .genus) { return genus }
        for rank in [TaxonomicRank.family, .order, .class, .phylum, .domain] {
            if let name = taxonomy.name(at: rank) { return "\(name) (unresolved genus)" }
        }
        return "Unassigned"
    }

    /// A key under which spellings of one genus from different taxonomies meet:
    /// rank prefixes, case, underscores and GTDB's split-genus suffixes (`_A`) removed.
    public static func key(_ label: String) -> String { GenusName.key(label) }
}
