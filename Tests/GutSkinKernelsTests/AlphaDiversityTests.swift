import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinKernels
import TestSupport
import Testing

/// Alpha metrics against scikit-bio 0.7.4: small vectors quoted from it and worked by hand, and
/// every sample of the real PGP and HMP tables (golden files from `scripts/reference/alpha_golden.py`).
@Suite struct AlphaDiversityTests {
    /// scikit-bio 0.7.4's values for small vectors (printed by `skbio.diversity.alpha.<metric>(np.array(counts))`); nil where it raises.
    static let skbioValues: [(name: String, counts: [Double], values: [AlphaMetric: Double?])] = [
        (
            "empty", [0, 0],
            [
                .observedFeatures: 0.0, .shannon: .nan, .simpson: .nan, .simpsonE: .nan,
                .inverseSimpson: .nan, .enspie: .nan, .pielouE: .nan, .heipE: .nan,
                .chao1: 0.0, .ace: nil, .goodsCoverage: .nan, .bergerParkerD: .nan,
                .dominance: .nan, .mcintoshD: .nan, .mcintoshE: .nan, .margalef: .nan,
                .menhinick: .nan, .brillouinD: .nan, .fisherAlpha: .nan, .strong: .nan,
                .giniIndex: 0.0, .robbins: .nan, .singles: 0.0, .doubles: 0.0,
            ]
        ),
        (
            "one singleton", [1],
            [
                .observedFeatures: 1.0, .shannon: 0.0, .simpson: 0.0, .simpsonE: 1.0,
                .inverseSimpson: 1.0, .enspie: 1.0, .pielouE: 1.0, .heipE: 1.0,
                .chao1: 1.0, .ace: nil, .goodsCoverage: 0.0, .bergerParkerD: 1.0,
                .dominance: 1.0, .mcintoshD: .nan, .mcintoshE: 1.0, .margalef: .nan,
                .menhinick: 1.0, .brillouinD: 0.0, .fisherAlpha: .infinity, .strong: 0.0,
                .giniIndex: 0.0, .robbins: 1.0, .singles: 1.0, .doubles: 0.0,
            ]
        ),
        (
            "one feature", [0, 5],
            [
                .observedFeatures: 1.0, .shannon: 0.0, .simpson: 0.0, .simpsonE: 1.0,
                .inverseSimpson: 1.0, .enspie: 1.0, .pielouE: 1.0, .heipE: 1.0,
                .chao1: 1.0, .ace: 1.0, .goodsCoverage: 1.0, .bergerParkerD: 1.0,
                .dominance: 1.0, .mcintoshD: 0.0, .mcintoshE: 1.0, .margalef: 0.0,
                .menhinick: 0.4472135954999579, .brillouinD: 0.0, .fisherAlpha: 0.375883458420427, .strong: 0.0,
                .giniIndex: 0.0, .robbins: 0.0, .singles: 0.0, .doubles: 0.0,
            ]
        ),
        (
            "equal counts", [3, 3, 3, 3],
            [
                .observedFeatures: 4.0, .shannon: 1.3862943611198906, .simpson: 0.75, .simpsonE: 1.0,
                .inverseSimpson: 4.0, .enspie: 4.0, .pielouE: 1.0, .heipE: 1.0000000000000002,
                .chao1: 4.0, .ace: 4.0, .goodsCoverage: 1.0, .bergerParkerD: 0.25,
                .dominance: 0.25, .mcintoshD: 0.7029137097789887, .mcintoshE: 0.6546536707079772, .margalef: 1.207288813145534,
                .menhinick: 1.1547005383792517, .brillouinD: 1.0683480515624721, .fisherAlpha: 2.1010459224605316, .strong: 0.0,
                .giniIndex: 0.0, .robbins: 0.0, .singles: 0.0, .doubles: 0.0,
            ]
        ),
        (
            "all singletons", [1, 1, 1, 1],
            [
                .observedFeatures: 4.0, .shannon: 1.3862943611198906, .simpson: 0.75, .simpsonE: 1.0,
                .inverseSimpson: 4.0, .enspie: 4.0, .pielouE: 1.0, .heipE: 1.0000000000000002,
                .chao1: 10.0, .ace: nil, .goodsCoverage: 0.0, .bergerParkerD: 0.25,
                .dominance: 0.25, .mcintoshD: 1.0, .mcintoshE: 1.0, .margalef: 2.1640425613334453,
                .menhinick: 2.0, .brillouinD: 0.7945134575869864, .fisherAlpha: .infinity, .strong: 0.0,
                .giniIndex: 0.0, .robbins: 1.0, .singles: 4.0, .doubles: 0.0,
            ]
        ),
        (
            "small", [1, 1, 2],
            [
                .observedFeatures: 3.0, .shannon: 1.0397207708399179, .simpson: 0.625, .simpsonE: 0.8888888888888888,
                .inverseSimpson: 2.6666666666666665, .enspie: 2.6666666666666665, .pielouE: 0.946394630357186, .heipE: 0.9142135623730954,
                .chao1: 3.5, .ace: 6.0, .goodsCoverage: 0.5, .bergerParkerD: 0.5,
                .dominance: 0.375, .mcintoshD: 0.7752551286084111, .mcintoshE: 1.0, .margalef: 1.4426950408889634,
                .menhinick: 1.5, .brillouinD: 0.6212266624470001, .fisherAlpha: 5.452555354197606, .strong: 0.16666666666666669,
                .giniIndex: 0.0, .robbins: 0.5, .singles: 2.0, .doubles: 1.0,
            ]
        ),
        (
            "mixed", [1, 2, 3, 20],
            [
                .observedFeatures: 4.0, .shannon: 0.7736051265520959, .simpson: 0.3875739644970414, .simpsonE: 0.4082125603864734,
                .inverseSimpson: 1.6328502415458936, .enspie: 1.6328502415458936, .pielouE: 0.5580381398414939, .heipE: 0.38918884550254046,
                .chao1: 4.0, .ace: 4.6, .goodsCoverage: 0.9615384615384616, .bergerParkerD: 0.7692307692307693,
                .dominance: 0.6124260355029586, .mcintoshD: 0.270466261345997, .mcintoshE: 0.8821538917455414,
                .margalef: 0.9207830292904046,
                .menhinick: 0.7844645405527362, .brillouinD: 0.6323530250177121, .fisherAlpha: 1.320200545556543,
                .strong: 0.5192307692307693,
                .giniIndex: 0.3076923076923077, .robbins: 0.038461538461538464, .singles: 1.0, .doubles: 1.0,
            ]
        ),
        (
            "doubletons", [2, 2, 20],
            [
                .observedFeatures: 3.0, .shannon: 0.5660857389596289, .simpson: 0.29166666666666663, .simpsonE: 0.47058823529411764,
                .inverseSimpson: 1.4117647058823528, .enspie: 1.4117647058823528, .pielouE: 0.5152734452350943, .heipE: 0.3806795605732418,
                .chao1: 3.0, .ace: 3.0, .goodsCoverage: 1.0, .bergerParkerD: 0.8333333333333334,
                .dominance: 0.7083333333333334, .mcintoshD: 0.19899408622715398, .mcintoshE: 0.9162456945817024,
                .margalef: 0.6293159608882497,
                .menhinick: 0.6123724356957946, .brillouinD: 0.4609507740099561, .fisherAlpha: 0.9050108586633351, .strong: 0.5,
                .giniIndex: 0.16666666666666674, .robbins: 0.0, .singles: 0.0, .doubles: 2.0,
            ]
        ),
        (
            "one of three", [0, 0, 4],
            [
                .observedFeatures: 1.0, .shannon: 0.0, .simpson: 0.0, .simpsonE: 1.0,
                .inverseSimpson: 1.0, .enspie: 1.0, .pielouE: 1.0, .heipE: 1.0,
                .chao1: 1.0, .ace: 1.0, .goodsCoverage: 1.0, .bergerParkerD: 1.0,
                .dominance: 1.0, .mcintoshD: 0.0, .mcintoshE: 1.0, .margalef: 0.0,
                .menhinick: 0.5, .brillouinD: 0.0, .fisherAlpha: 0.42796073102430027, .strong: 0.0,
                .giniIndex: 0.33333333333333337, .robbins: 0.0, .singles: 0.0, .doubles: 0.0,
            ]
        ),
    ]

    @Test(arguments: skbioValues.indices)
    func smallVectorsMatchScikitBio(_ index: Int) throws {
        let (name, counts, expected) = Self.skbioValues[index]
        var agreement = Agreement()
        for (metric, value) in expected {
            let label = "\(name) \(counts) \(metric.rawValue)"
            guard let value else {
                #expect(throws: AlphaDiversityError.self, "\(label) should be undefined") { try metric.value(counts: counts) }
                continue
            }
            agreement.compare(try metric.value(counts: counts), value, at: label)
        }
        #expect(agreement.failures.isEmpty, "\(agreement.failures)")
    }

    /// Values worked out by hand (exact in binary, or stated in closed form).
    @Test func handWorkedValues() throws {
        // Equal counts: H = ln 4, 2 bits; Simpson 1 − 4·(1/4)² = 0.75; evenness 1.
        let equal: [Double] = [3, 3, 3, 3]
        #expect(abs(try AlphaMetric.shannon.value(counts: equal) - log(4.0)) < 1e-15)
        #expect(try AlphaMetric.shannonEntropy.value(counts: equal) == 2)
        #expect(try AlphaMetric.simpson.value(counts: equal) == 0.75)
        #expect(try AlphaMetric.inverseSimpson.value(counts: equal) == 4)
        #expect(try AlphaMetric.pielouE.value(counts: equal) == 1)
        #expect(try AlphaMetric.strong.value(counts: equal) == 0)
        #expect(try AlphaMetric.giniIndex.value(counts: equal) == 0)
        // [1, 1, 2]: F₁ = 2, F₂ = 1, N = 4, S = 3.
        let small: [Double] = [1, 1, 2]
        #expect(try AlphaMetric.chao1.value(counts: small) == 3 + 2.0 * 1 / (2 * 2))  // 3.5
        #expect(AlphaMetric.chao1(observed: 3, singletons: 2, doubletons: 1, biasCorrected: false) == 3 + 4.0 / 2)  // 5
        #expect(try AlphaMetric.goodsCoverage.value(counts: small) == 0.5)
        #expect(try AlphaMetric.robbins.value(counts: small) == 0.5)
        #expect(try AlphaMetric.menhinick.value(counts: small) == 1.5)
        #expect(try AlphaMetric.mcintoshE.value(counts: small) == 1)  // √6 / √((4 − 3 + 1)² + 2)
        #expect(abs(try AlphaMetric.brillouinD.value(counts: small) - log(12.0) / 4) < 1e-15)  // ln(4!/2!)/4
        #expect(abs(try AlphaMetric.margalef.value(counts: small) - 2 / log(4.0)) < 1e-15)
        #expect(abs(try AlphaMetric.strong.value(counts: small) - 1.0 / 6) < 1e-15)  // 2/4 − 1/3
        // ACE on [1, 2, 3, 20]: S_rare 3, F₁ 1, N_rare 6, C = 5/6, γ² clipped to 0 → 1 + 3/(5/6) = 4.6.
        #expect(abs(try AlphaMetric.ace.value(counts: [1, 2, 3, 20]) - 4.6) < 1e-15)
        // Fisher's α solves S = α ln(1 + N/α).
        let alpha = try AlphaMetric.fisherAlpha.value(counts: small)
        #expect(abs(alpha * log(1 + 4 / alpha) - 3) < 1e-7)
        #expect(try AlphaMetric.fisherAlpha.value(counts: [1, 1, 1]) == .infinity)
        // Gini over all features: one present among three gives 1 − 2/3.
        #expect(abs(try AlphaMetric.giniIndex.value(counts: [0, 0, 4]) - 1.0 / 3) < 1e-15)
    }

    @Test func logBaseFollowsScikitBio() throws {
        let counts: [Double] = [1, 2, 3, 20]
        let natural = try AlphaMetric.shannon.value(counts: counts)
        #expect(try AlphaMetric.shannon.value(counts: counts, base: 10) == natural / log(10.0))
        #expect(try AlphaMetric.shannonEntropy.value(counts: counts, base: 10) == natural / log(2.0))
        #expect(abs(try AlphaMetric.pielouE.value(counts: counts, base: 10) - (try AlphaMetric.pielouE.value(counts: counts))) < 1e-15)
        #expect(throws: AlphaDiversityError.invalidLogBase(1)) { try AlphaMetric.shannon.value(counts: counts, base: 1) }
        #expect(throws: AlphaDiversityError.invalidLogBase(-2)) { try AlphaMetric.shannon.value(counts: counts, base: -2) }
    }

    @Test func aceExplainsWhyItIsUndefined() {
        #expect(
            throws: AlphaDiversityError.undefined(
                metric: .ace, sample: "S",
                reason: "its only rare features (≤ 10 reads) are singletons; use chao1 instead (as scikit-bio and EstimateS advise)")
        ) { try AlphaMetric.ace.value(counts: [1, 1, 50], sample: "S") }
    }

    static let fractions = try! FeatureTable(
        sampleIDs: ["A", "B"], featureIDs: ["f1", "f2", "f3"], sampleOffsets: [0, 2, 4],
        featureIndices: [0, 1, 1, 2], values: [0.25, 0.75, 0.5, 0.5])

    @Test func countMetricsRejectFractionsOthersAccept() throws {
        #expect(throws: AlphaDiversityError.notCounts(metrics: [.chao1, .fisherAlpha], sample: "A", feature: "f1", value: 0.25)) {
            try AlphaDiversity(table: Self.fractions, metrics: [.shannon, .chao1, .fisherAlpha])
        }
        let evenness = try AlphaDiversity(table: Self.fractions, metrics: [.shannon, .simpson, .pielouE, .giniIndex])
        #expect(evenness.column(.simpson) == [1 - (0.0625 + 0.5625), 0.5])
        let message = AlphaDiversityError.notCounts(metrics: [.chao1], sample: "A", feature: "f1", value: 0.25).description
        #expect(message.contains("chao1 needs integer counts"))
    }

    @Test func negativeValuesAreRejected() throws {
        let table = try FeatureTable(sampleIDs: ["A"], featureIDs: ["f"], sampleOffsets: [0, 1], featureIndices: [0], values: [-1])
        #expect(throws: AlphaDiversityError.negativeValue(sample: "A", feature: "f", value: -1)) {
            try AlphaDiversity(table: table, metrics: [.shannon])
        }
    }

    @Test func faithPDNeedsATree() {
        #expect(throws: AlphaDiversityError.treeRequired) { try AlphaDiversity(table: Self.fractions, metrics: [.faithPD]) }
    }

    @Test func sameBitsWhateverTheThreadCount() throws {
        guard let path = SharedData.path("pgp.biom") else { return }
        let table = try FeatureTableFile.read(path: path)
        let one = try AlphaDiversity(table: table, metrics: AlphaMetric.withoutTree, threads: 1)
        let three = try AlphaDiversity(table: table, metrics: AlphaMetric.withoutTree, threads: 3)
        for (a, b) in zip(one.values, three.values) {
            #expect(a.map(\.bitPattern) == b.map(\.bitPattern))
        }
    }

    /// Golden column → (metric, base).
    static let goldenColumns: [(column: String, metric: AlphaMetric, base: Double?)] =
        AlphaMetric.withoutTree.map { ($0.rawValue, $0, nil) } + [("shannon(base=10)", .shannon, 10), ("pielou_e(base=10)", .pielouE, 10)]

    @Test(arguments: [("pgp.biom", "alpha-pgp.json.gz"), ("hmp-v35-even1k.biom", "alpha-hmp-even1k.json.gz")])
    func everySampleMatchesScikitBio(_ tableName: String, _ goldenName: String) throws {
        guard let path = SharedData.path(tableName) else { return }
        let table = try FeatureTableFile.read(path: path)
        let golden = try AlphaGolden.load(goldenName)
        #expect(golden.tool == "scikit-bio 0.7.4")
        #expect(golden.sampleIDs == table.sampleIDs)
        for (column, metric, base) in Self.goldenColumns {
            let expected = try #require(golden.columns[column], "golden file lacks \(column)")
            let failing = Set(golden.errors[column, default: [:]].keys)
            var agreement = Agreement()
            if failing.isEmpty {
                let computed = try #require(try AlphaDiversity(table: table, metrics: [metric], base: base).column(metric))
                for sample in computed.indices {
                    agreement.compare(computed[sample], try #require(expected[sample]), at: "\(table.sampleIDs[sample]) \(column)")
                }
            } else {
                // scikit-bio raised for some samples (ACE): compare one sample at a time.
                for sample in 0..<table.sampleCount {
                    let one = table.selectingSamples([sample])
                    if failing.contains(table.sampleIDs[sample]) {
                        #expect(throws: AlphaDiversityError.self) { try AlphaDiversity(table: one, metrics: [metric], base: base) }
                    } else {
                        let value = try AlphaDiversity(table: one, metrics: [metric], base: base).values[0][0]
                        agreement.compare(value, try #require(expected[sample]), at: "\(table.sampleIDs[sample]) \(column)")
                    }
                }
            }
            print("agreement \(tableName) \(column): \(agreement)")
            #expect(agreement.failures.isEmpty, "\(column): \(agreement.failures.prefix(5))")
        }
    }
}
