import GutSkinCore

extension FeatureTable {
    /// Sums features that share a lineage down to `rank`, as `qiime taxa collapse` does: each
    /// collapsed feature's id is the lineage truncated to that rank and joined by `;`, padded with
    /// `__` where a lineage is shorter (so unassigned reads stay visible as `Unassigned;__;…`).
    /// Collapsed features appear in order of first appearance in the input.
    public func collapsed(to rank: TaxonomicRank) throws(CollapseError) -> FeatureTable {
        guard let taxonomy = featureTaxonomy else { throw .noTaxonomy }
        var groupOfFeature = [Int32](repeating: 0, count: featureCount)
        var groupIDs = [String]()
        var groupTaxonomy = [Taxonomy]()
        var groupOfID = [String: Int32]()
        for feature in 0..<featureCount {
            let id = taxonomy[feature].collapsedID(at: rank)
            if let group = groupOfID[id] {
                groupOfFeature[feature] = group
            } else {
                let group = Int32(groupIDs.count)
                groupOfID[id] = group
                groupIDs.append(id)
                groupTaxonomy.append(Taxonomy(parsing: id))
                groupOfFeature[feature] = group
            }
        }
        var offsets = [0]
        var indices = [Int32]()
        var sums = [Double]()
        var accumulator = [Double](repeating: 0, count: groupIDs.count)
        // Whether a group already has an entry in this sample: a running sum can return to 0
        // (values of mixed sign), so the sum itself cannot say.
        var seen = [Bool](repeating: false, count: groupIDs.count)
        var touched = [Int32]()
        for sample in 0..<sampleCount {
            for entry in entryRange(ofSample: sample) {
                let group = groupOfFeature[Int(featureIndices[entry])]
                if !seen[Int(group)] {
                    seen[Int(group)] = true
                    touched.append(group)
                }
                accumulator[Int(group)] += values[entry]
            }
            touched.sort()
            for group in touched {
                indices.append(group)
                sums.append(accumulator[Int(group)])
                accumulator[Int(group)] = 0
                seen[Int(group)] = false
            }
            touched.removeAll(keepingCapacity: true)
            offsets.append(sums.count)
        }
        // The arrays are valid by construction; only a sum beyond Double's range (values near 1e308) fails.
        do {
            return try FeatureTable(
                sampleIDs: sampleIDs, featureIDs: groupIDs, featureTaxonomy: groupTaxonomy,
                sampleOffsets: offsets, featureIndices: indices, values: sums)
        } catch {
            throw .sumOutOfRange(error.description)
        }
    }
}

/// Why a table could not be collapsed by taxonomy.
public enum CollapseError: Error, CustomStringConvertible, Equatable {
    case noTaxonomy
    case sumOutOfRange(String)

    public var description: String {
        switch self {
        case .noTaxonomy:
            "the table has no feature taxonomy to collapse by (add it with a BIOM file that carries it, or a QIIME 2 FeatureData[Taxonomy] artifact)"
        case .sumOutOfRange(let detail):
            "a collapsed sum is beyond the range of numbers (\(detail))"
        }
    }
}
