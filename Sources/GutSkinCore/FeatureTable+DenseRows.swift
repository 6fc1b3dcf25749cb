extension FeatureTable {
    /// The table as dense rows: one array per sample (table order), one value per feature
    /// (table order), zeros where nothing is stored — the inverse of
    /// `init(sampleIDs:featureIDs:featureTaxonomy:dense:)`. For methods written on dense counts
    /// (ALDEx2); it takes samples × features doubles, so kernels use the sparse form instead.
    public var denseRows: [[Double]] {
        var rows = [[Double]](repeating: [Double](repeating: 0, count: featureCount), count: sampleCount)
        for sample in 0..<sampleCount {
            for entry in entryRange(ofSample: sample) { rows[sample][Int(featureIndices[entry])] = values[entry] }
        }
        return rows
    }
}
