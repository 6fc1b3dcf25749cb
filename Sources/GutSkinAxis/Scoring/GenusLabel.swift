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

    /// The label of a collapsed feature id (`k__…;g__Bacteroides` → `Bacteroides`), as
    /// `FeatureTable.collapsed(to: .genus)` names features.
    public static func short(_ collapsedID: String) -> String { of(Taxonomy(parsing: collapsedID)) }
}
