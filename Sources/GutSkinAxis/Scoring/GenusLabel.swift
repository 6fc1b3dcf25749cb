import GutSkinCore

/// The genus a feature is counted under in genus profiles: its genus name as written
/// (Greengenes' brackets kept, since `[Ruminococcus]` and `Ruminococcus` are different genera),
/// or, when the lineage stops above genus, its deepest named rank marked as unresolved.
public enum GenusLabel {
    public static func of(_ taxonomy: Taxonomy?) -> String {
        guard let taxonomy else { return "Unassigned" }
        // Collapsed ids pad missing ranks with `__`, which is no name.
        func named(_ rank: TaxonomicRank) -> String? { taxonomy.name(at: rank).flatMap { $0.allSatisfy { $0 == "_" } ? nil : $0 } }
        if let genus = named(.genus) { return genus }
        for rank in [TaxonomicRank.family, .order, .class, .phylum, .domain] {
            if let name = named(rank) { return "\(name) (unresolved genus)" }
        }
        return "Unassigned"
    }

    /// The label of a collapsed feature id (`k__…;g__Bacteroides` → `Bacteroides`), as
    /// `FeatureTable.collapsed(to: .genus)` names features.
    public static func short(_ collapsedID: String) -> String { of(Taxonomy(parsing: collapsedID)) }

    /// A key under which spellings of one genus from different taxonomies meet:
    /// rank prefixes, case, underscores and GTDB's split-genus suffixes (`_A`) removed.
    public static func key(_ label: String) -> String { GenusName.key(label) }
}
