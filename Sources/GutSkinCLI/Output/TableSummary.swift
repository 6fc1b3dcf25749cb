import GutSkinCore

/// The numbers `gutskin inspect` reports about a table.
struct TableSummary: Encodable {
    let samples: Int
    let features: Int
    let nonzero: Int
    let density: Double
    let total: Double
    let depthMinimum: Double
    let depthMedian: Double
    let depthMaximum: Double
    let integralCounts: Bool
    let hasTaxonomy: Bool

    enum CodingKeys: String, CodingKey {
        case samples, features, nonzero, density, total
        case depthMinimum = "depth_min", depthMedian = "depth_median", depthMaximum = "depth_max"
        case integralCounts = "integral_counts", hasTaxonomy = "has_taxonomy"
    }

    init(_ table: FeatureTable) {
        let depths = table.sampleTotals.sorted()
        samples = table.sampleCount
        features = table.featureCount
        nonzero = table.nonzeroCount
        density = table.density
        total = table.total
        depthMinimum = depths.first ?? 0
        depthMaximum = depths.last ?? 0
        // The median as NumPy gives it: the mean of the two middle values for an even count.
        if depths.isEmpty {
            depthMedian = 0
        } else if depths.count % 2 == 1 {
            depthMedian = depths[depths.count / 2]
        } else {
            depthMedian = (depths[depths.count / 2 - 1] + depths[depths.count / 2]) / 2
        }
        integralCounts = table.isIntegral
        hasTaxonomy = table.featureTaxonomy != nil
    }
}
