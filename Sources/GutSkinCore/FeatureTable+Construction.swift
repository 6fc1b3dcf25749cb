extension FeatureTable {
    /// Creates a table from a dense samples × features matrix (row-major), dropping zeros.
    /// Meant for small tables and tests; readers of large files build CSR arrays directly.
    public init(
        sampleIDs: [String], featureIDs: [String], featureTaxonomy: [Taxonomy]? = nil,
        dense: [[Double]]
    ) throws(FeatureTableError) {
        guard dense.count == sampleIDs.count else {
            throw .shapeMismatch("\(dense.count) rows for \(sampleIDs.count) samples")
        }
        var offsets = [0]
        var indices = [Int32]()
        var values = [Double]()
        for (row, sampleValues) in dense.enumerated() {
            guard sampleValues.count == featureIDs.count else {
                throw .shapeMismatch("row \(row) has \(sampleValues.count) values for \(featureIDs.count) features")
            }
            for (feature, value) in sampleValues.enumerated() where value != 0 {
                indices.append(Int32(feature))
                values.append(value)
            }
            offsets.append(values.count)
        }
        try self.init(
            sampleIDs: sampleIDs, featureIDs: featureIDs, featureTaxonomy: featureTaxonomy,
            sampleOffsets: offsets, featureIndices: indices, values: values)
    }

    /// Creates a table from feature-major CSR arrays (BIOM's observation matrix), transposing
    /// to the sample-major form in O(nnz).
    public init(
        sampleIDs: [String], featureIDs: [String], featureTaxonomy: [Taxonomy]? = nil,
        featureOffsets: [Int], sampleIndices: [Int32], featureMajorValues: [Double]
    ) throws(FeatureTableError) {
        guard featureOffsets.count == featureIDs.count + 1,
            featureOffsets.first == 0, featureOffsets.last == featureMajorValues.count,
            sampleIndices.count == featureMajorValues.count
        else {
            throw .shapeMismatch("feature-major offsets do not match \(featureIDs.count) features and \(featureMajorValues.count) values")
        }
        var counts = [Int](repeating: 0, count: sampleIDs.count + 1)
        for sample in sampleIndices {
            guard sample >= 0, Int(sample) < sampleIDs.count else {
                throw .shapeMismatch("sample index \(sample) out of range 0..<\(sampleIDs.count)")
            }
            counts[Int(sample) + 1] += 1
        }
        for sample in 0..<sampleIDs.count { counts[sample + 1] += counts[sample] }
        var cursor = counts
        var indices = [Int32](repeating: 0, count: featureMajorValues.count)
        var values = [Double](repeating: 0, count: featureMajorValues.count)
        for feature in 0..<featureIDs.count {
            for entry in featureOffsets[feature]..<featureOffsets[feature + 1] {
                let sample = Int(sampleIndices[entry])
                indices[cursor[sample]] = Int32(feature)
                values[cursor[sample]] = featureMajorValues[entry]
                cursor[sample] += 1
            }
        }
        try self.init(
            sampleIDs: sampleIDs, featureIDs: featureIDs, featureTaxonomy: featureTaxonomy,
            sampleOffsets: counts, featureIndices: indices, values: values)
    }

    /// The same data in feature-major CSR form (what BIOM calls the observation matrix).
    public func featureMajor() -> (offsets: [Int], sampleIndices: [Int32], values: [Double]) {
        var offsets = [Int](repeating: 0, count: featureCount + 1)
        for feature in featureIndices { offsets[Int(feature) + 1] += 1 }
        for feature in 0..<featureCount { offsets[feature + 1] += offsets[feature] }
        var cursor = offsets
        var samples = [Int32](repeating: 0, count: nonzeroCount)
        var featureValues = [Double](repeating: 0, count: nonzeroCount)
        for sample in 0..<sampleCount {
            for entry in entryRange(ofSample: sample) {
                let feature = Int(featureIndices[entry])
                samples[cursor[feature]] = Int32(sample)
                featureValues[cursor[feature]] = values[entry]
                cursor[feature] += 1
            }
        }
        return (offsets, samples, featureValues)
    }

    /// A table holding only the given samples, in the given order (features unchanged).
    public func selectingSamples(_ samples: [Int]) -> FeatureTable {
        var offsets = [0]
        var indices = [Int32]()
        var kept = [Double]()
        for sample in samples {
            let range = entryRange(ofSample: sample)
            indices.append(contentsOf: featureIndices[range])
            kept.append(contentsOf: values[range])
            offsets.append(kept.count)
        }
        // Invariants hold by construction: a subset of a valid table's rows.
        return try! FeatureTable(
            sampleIDs: samples.map { sampleIDs[$0] }, featureIDs: featureIDs,
            featureTaxonomy: featureTaxonomy, sampleOffsets: offsets, featureIndices: indices, values: kept)
    }

    /// A table holding only the given features (in increasing index order); samples unchanged.
    public func selectingFeatures(_ features: [Int]) -> FeatureTable {
        let sortedFeatures = features.sorted()
        var newIndex = [Int32](repeating: -1, count: featureCount)
        for (position, feature) in sortedFeatures.enumerated() { newIndex[feature] = Int32(position) }
        var offsets = [0]
        var indices = [Int32]()
        var kept = [Double]()
        for sample in 0..<sampleCount {
            for entry in entryRange(ofSample: sample) {
                let mapped = newIndex[Int(featureIndices[entry])]
                if mapped >= 0 {
                    indices.append(mapped)
                    kept.append(values[entry])
                }
            }
            offsets.append(kept.count)
        }
        return try! FeatureTable(
            sampleIDs: sampleIDs, featureIDs: sortedFeatures.map { featureIDs[$0] },
            featureTaxonomy: featureTaxonomy.map { taxonomy in sortedFeatures.map { taxonomy[$0] } },
            sampleOffsets: offsets, featureIndices: indices, values: kept)
    }

    /// This table with its values replaced, keeping the sparsity pattern given (used by
    /// rarefaction and normalisation, which produce new values sample by sample).
    public func replacingSampleRows(
        sampleIDs newSampleIDs: [String], offsets: [Int], featureIndices newIndices: [Int32], values newValues: [Double]
    ) throws(FeatureTableError) -> FeatureTable {
        try FeatureTable(
            sampleIDs: newSampleIDs, featureIDs: featureIDs, featureTaxonomy: featureTaxonomy,
            sampleOffsets: offsets, featureIndices: newIndices, values: newValues)
    }
}

extension FeatureTable {
    /// This table with each feature's taxonomy taken from `taxonomy` (feature id → lineage), as
    /// QIIME 2 pairs a table with a `FeatureData[Taxonomy]`. Throws when features lack a lineage.
    public func withTaxonomy(_ taxonomy: [String: Taxonomy]) throws(FeatureTableError) -> FeatureTable {
        let missing = featureIDs.filter { taxonomy[$0] == nil }
        guard missing.isEmpty else {
            throw .shapeMismatch("\(missing.count) features have no taxonomy (first: '\(missing[0])')")
        }
        return try FeatureTable(
            sampleIDs: sampleIDs, featureIDs: featureIDs, featureTaxonomy: featureIDs.map { taxonomy[$0]! },
            sampleOffsets: sampleOffsets, featureIndices: featureIndices, values: values)
    }
}
