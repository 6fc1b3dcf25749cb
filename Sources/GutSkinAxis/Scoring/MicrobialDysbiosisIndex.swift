import Foundation

/// The Microbial Dysbiosis index of Gevers et al. (2014), genus form as QIIME 1 computed it:
///
///     MD = ln( Σ increased genera / Σ decreased genera )
///
/// increased in new-onset Crohn's disease: Escherichia, Fusobacterium, Haemophilus,
/// Aggregatibacter, Sutterella, Veillonella; decreased: Akkermansia, Faecalibacterium,
/// Ruminococcus, Bacteroides, Parabacteroides. Undefined (nil) when either sum is 0: the
/// logarithm of 0 or of a division by 0 has no finite value to place against a reference.
public enum MicrobialDysbiosisIndex {
    public static let increasedGenera = ["Escherichia", "Fusobacterium", "Haemophilus", "Aggregatibacter", "Sutterella", "Veillonella"]
    public static let decreasedGenera = ["Akkermansia", "Faecalibacterium", "Ruminococcus", "Bacteroides", "Parabacteroides"]

    private static let increasedKeys = Set(increasedGenera.map(GenusName.key))
    private static let decreasedKeys = Set(decreasedGenera.map(GenusName.key))

    /// The index from genus labels and their abundances (any scale); nil when undefined.
    public static func value(genera: [(label: String, abundance: Double)]) -> Double? {
        var increased = 0.0
        var decreased = 0.0
        for (label, abundance) in genera {
            let key = GenusName.key(label)
            if increasedKeys.contains(key) { increased += abundance }
            if decreasedKeys.contains(key) { decreased += abundance }
        }
        guard increased > 0, decreased > 0 else { return nil }
        return Foundation.log(increased / decreased)
    }
}
