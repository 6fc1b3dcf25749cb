import GutSkinCore

/// What scoring needs to know about each feature of a table, worked out once per table: its
/// genus label, whether it is a Proteobacterium or an Enterobacteriaceae, and its genus's traits.
public struct FeatureAnnotation: Sendable {
    /// Genus labels of the table, in order of first appearance.
    public let genusLabels: [String]
    /// For each feature, its index into `genusLabels`.
    public let genusOfFeature: [Int32]
    /// For each genus label, the bit set of its traits (bit = `MicrobialTrait` case index).
    let traitBitsOfGenus: [UInt16]
    let proteobacteriaFeature: [Bool]
    let enterobacteriaceaeFeature: [Bool]
    /// True when the table has taxonomy at all; without it, only diversity can be scored.
    public let hasTaxonomy: Bool

    public init(table: FeatureTable, traits: TraitTable = .standard) {
        var labels = [String]()
        var indexOfLabel = [String: Int32]()
        var genusOfFeature = [Int32]()
        var proteobacteria = [Bool]()
        var enterobacteriaceae = [Bool]()
        genusOfFeature.reserveCapacity(table.featureCount)
        for feature in 0..<table.featureCount {
            let taxonomy = table.featureTaxonomy?[feature]
            let label = GenusLabel.of(taxonomy)
            if let index = indexOfLabel[label] {
                genusOfFeature.append(index)
            } else {
                indexOfLabel[label] = Int32(labels.count)
                genusOfFeature.append(Int32(labels.count))
                labels.append(label)
            }
            let phylum = taxonomy?.name(at: .phylum).map(GenusName.key)
            proteobacteria.append(phylum == "proteobacteria" || phylum == "pseudomonadota")
            enterobacteriaceae.append(taxonomy?.name(at: .family).map(GenusName.key) == "enterobacteriaceae")
        }
        genusLabels = labels
        self.genusOfFeature = genusOfFeature
        proteobacteriaFeature = proteobacteria
        enterobacteriaceaeFeature = enterobacteriaceae
        traitBitsOfGenus = labels.map { label in
            traits.traits(ofGenus: label).reduce(UInt16(0)) { bits, trait in
                bits | (1 << UInt16(MicrobialTrait.allCases.firstIndex(of: trait)!))
            }
        }
        hasTaxonomy = table.featureTaxonomy != nil
    }

    /// True when genus `genus` carries `trait`.
    func genus(_ genus: Int, has trait: MicrobialTrait) -> Bool {
        traitBitsOfGenus[genus] & (1 << UInt16(MicrobialTrait.allCases.firstIndex(of: trait)!)) != 0
    }
}
