/// What a gut genus can make or do that bears on the gut–skin axis; the report sums the
/// relative abundance of the genera carrying each trait.
public enum MicrobialTrait: String, CaseIterable, Sendable, Codable {
    case butyrate
    case propionate
    case acetate
    case gaba
    case tryptophanIndole = "tryptophan_indole"
    case conjugatedLinoleicAcid = "cla"
    case lipopolysaccharide = "lps"
    case mucinDegradation = "mucin_degradation"

    /// Plain-words name for reports.
    public var title: String {
        switch self {
        case .butyrate: "Butyrate producers"
        case .propionate: "Propionate producers"
        case .acetate: "Acetate producers"
        case .gaba: "GABA producers"
        case .tryptophanIndole: "Tryptophan / indole metabolisers"
        case .conjugatedLinoleicAcid: "Linoleic-acid (CLA) metabolisers"
        case .lipopolysaccharide: "Strong-LPS Gram-negatives"
        case .mucinDegradation: "Mucin degraders"
        }
    }
}
