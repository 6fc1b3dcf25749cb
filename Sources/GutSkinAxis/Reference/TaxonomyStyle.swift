import GutSkinCore

/// Which taxonomy a table's lineages are written in, told from their rank prefixes — so a
/// reference and a person's table can be checked for the same naming.
public enum TaxonomyStyle {
    public static func describe(_ table: FeatureTable) -> String {
        guard let taxonomy = table.featureTaxonomy else { return "none" }
        for lineage in taxonomy {
            guard let first = lineage.ranks.first, !first.isEmpty else { continue }
            if first.hasPrefix("D_0__") { return "SILVA 132 (D_0__…)" }
            if first.hasPrefix("d__") { return "SILVA 138 / GTDB (d__…)" }
            if first.hasPrefix("k__") { return "Greengenes / MetaPhlAn (k__…)" }
            return "unprefixed ranks"
        }
        return "none"
    }
}
