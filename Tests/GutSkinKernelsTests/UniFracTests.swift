import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinKernels
import TestSupport
import Testing

/// The tree ((A:1,B:2):3,C:4):5 — post-order A, B, (AB), C, root; the root's length 5 counts,
/// as in scikit-bio. Tip depths (root branch included): A 9, B 10, C 9.
private func smallTree() throws -> PhylogeneticTree {
    try PhylogeneticTree(parent: [2, 2, 4, 4, -1], branchLength: [1, 2, 3, 4, 5], names: ["A", "B", nil, "C", nil])
}

/// Samples over features A, B, C from dense rows.
private func table(_ rows: [[Double]], features: [String] = ["A", "B", "C"]) throws -> FeatureTable {
    try FeatureTable(sampleIDs: rows.indices.map { "s\($0)" }, featureIDs: features, dense: rows)
}

private func distance(_ variant: UniFracVariant, _ u: [Double], _ v: [Double], vaw: Bool = false) throws -> Double {
    let kernel = try UniFracKernel(table: try table([u, v]), tree: try smallTree(), variant: variant, varianceAdjusted: vaw)
    return kernel.distances(for: .all(2), threads: 1, progress: nil)[0]
}

/// A dense, direct evaluation of every formula over all nodes — slow and obviously right.
private func bruteForce(
    table: FeatureTable, tree: PhylogeneticTree, variant: UniFracVariant, vaw: Bool, _ i: Int, _ j: Int
) -> Double {
    func nodeCounts(_ sample: Int) -> [Double] {
        var counts = [Double](repeating: 0, count: tree.nodeCount)
        for entry in table.entryRange(ofSample: sample) {
            let name = table.featureIDs[Int(table.featureIndices[entry])]
            if let tip = try? tree.tipIndex(named: name) { counts[tip] += table.values[entry] }
        }
        for node in 0..<(tree.nodeCount - 1) { counts[Int(tree.parent[node])] += counts[node] }
        return counts
    }
    let ci = nodeCounts(i)
    let cj = nodeCounts(j)
    let ti = ci[tree.root]
    let tj = cj[tree.root]
    var numerator = 0.0
    var denominator = 0.0
    for node in 0..<tree.nodeCount {
        let b = tree.branchLength[node]
        let u = ti > 0 ? ci[node] / ti : 0
        let w = tj > 0 ? cj[node] / tj : 0
        var scale = 1.0
        if vaw {
            let held = ci[node] + cj[node]
            scale = (held * (ti + tj - held)).squareRoot()
            if !(scale > 0) { continue }
        }
        switch variant {
        case .unweighted, .unweightedUnnormalized:
            if (ci[node] > 0) != (cj[node] > 0) { numerator += b / scale }
            if ci[node] > 0 || cj[node] > 0 { denominator += b / scale }
        case .weightedNormalized, .weightedUnnormalized:
            numerator += b * abs(u - w) / scale
            denominator += b * (u + w) / scale
        case .generalized(let alpha):
            let sum = (u + w) / scale
            guard sum > 0 else { continue }
            numerator += b * pow(sum, alpha - 1) * abs(u - w) / scale
            denominator += b * pow(sum, alpha)
        }
    }
    switch variant {
    case .unweightedUnnormalized, .weightedUnnormalized: return numerator
    default: return denominator > 0 ? numerator / denominator : 0
    }
}

/// A random table over a random binary tree with `tips` tips.
private func randomCase(seed: UInt64, samples: Int, tips: Int) throws -> (FeatureTable, PhylogeneticTree) {
    var generator = SeededRandomNumberGenerator(seed: seed, stream: "unifrac")
    // Build a random binary tree by joining random pairs of subtrees, then emit post-order.
    var forest: [Indirect] = (0..<tips).map { .tip("t\($0)", Double.random(in: 0...1, using: &generator)) }
    while forest.count > 1 {
        let a = forest.remove(at: Int.random(in: 0..<forest.count, using: &generator))
        let b = forest.remove(at: Int.random(in: 0..<forest.count, using: &generator))
        forest.append(.node([a, b], Double.random(in: 0...1, using: &generator)))
    }
    var parent: [Int32] = []
    var lengths: [Double] = []
    var names: [String?] = []
    func emit(_ subtree: Indirect) -> Int {
        switch subtree {
        case .tip(let name, let length):
            parent.append(-1)
            lengths.append(length)
            names.append(name)
            return parent.count - 1
        case .node(let children, let length):
            let indices = children.map(emit)
            parent.append(-1)
            lengths.append(length)
            names.append(nil)
            for child in indices { parent[child] = Int32(parent.count - 1) }
            return parent.count - 1
        }
    }
    _ = emit(forest[0])
    let tree = try PhylogeneticTree(parent: parent, branchLength: lengths, names: names)
    var rows: [[Double]] = []
    for sample in 0..<samples {
        // Sample 0 is empty, samples 1 and 2 identical, the rest random with varied depths.
        if sample == 0 {
            rows.append([Double](repeating: 0, count: tips))
            continue
        }
        if sample == 2 {
            rows.append(rows[1])
            continue
        }
        rows.append(
            (0..<tips).map { _ in Double.random(in: 0..<1, using: &generator) < 0.4 ? Double(Int.random(in: 1...9, using: &generator)) : 0 }
        )
    }
    // Features in an order unlike the tree's.
    let features = (0..<tips).map { "t\(($0 * 7) % tips)" }
    let permuted = rows.map { row in (0..<tips).map { row[($0 * 7) % tips] } }
    return (try table(permuted, features: features), tree)
}

private indirect enum Indirect {
    case tip(String, Double)
    case node([Indirect], Double)
}

private let allVariants: [UniFracVariant] = [
    .unweighted, .unweightedUnnormalized, .weightedNormalized, .weightedUnnormalized,
    .generalized(alpha: 0), .generalized(alpha: 0.5), .generalized(alpha: 1), .generalized(alpha: 1.7),
]

@Suite struct UniFracSmallTreeTests {
    // u = A:1 B:1 (proportions A .5, B .5, AB 1, root 1); v = B:1 C:3 (B .25, AB .25, C .75, root 1).
    let u: [Double] = [1, 1, 0], v: [Double] = [0, 1, 3]

    @Test func unweightedByHand() throws {
        // A only in u (1), C only in v (4): unique 1 + 4 = 5; observed 1 + 2 + 3 + 4 + 5 = 15.
        #expect(abs(try distance(.unweighted, u, v) - 5.0 / 15.0) < 1e-15)
        #expect(abs(try distance(.unweightedUnnormalized, u, v) - 5.0) < 1e-15)
        // scikit-bio: unweighted_unifrac([1,0,0], [0,0,1]) on this tree = 8/13 (root counted).
        #expect(abs(try distance(.unweighted, [1, 0, 0], [0, 0, 1]) - 8.0 / 13.0) < 1e-15)
    }

    @Test func weightedByHand() throws {
        // Σ b|u − v| = 1(.5) + 2(.25) + 3(.75) + 4(.75) + 5(0) = 6.25.
        #expect(abs(try distance(.weightedUnnormalized, u, v) - 6.25) < 1e-14)
        // Σ_tips d (u + v) = 9(.5) + 10(.75) + 9(.75) = 18.75; scikit-bio gives 1/3.
        #expect(abs(try distance(.weightedNormalized, u, v) - 1.0 / 3.0) < 1e-15)
    }

    @Test func generalizedByHand() throws {
        // α = 0: every observed branch weighs b, its term |u − v|/(u + v):
        // (1·1 + 2·(1/3) + 3·(.6) + 4·1 + 5·0) / (1 + 2 + 3 + 4 + 5) = (112/15) / 15.
        #expect(abs(try distance(.generalized(alpha: 0), u, v) - 112.0 / 225.0) < 1e-15)
        // α = 1 is weighted normalized UniFrac.
        #expect(abs(try distance(.generalized(alpha: 1), u, v) - 1.0 / 3.0) < 1e-15)
    }

    @Test func varianceAdjustedByHand() throws {
        // Chang et al. 2011: divide each node's term by √(m_v (m − m_v)), m_v the two samples'
        // counts below v, m = 2 + 4 = 6. A: m_v 1 → √5; B: 2 → √8; AB: 3 → 3; C: 3 → 3;
        // root: 6 → 0, skipped.
        let weightedTop = 1 * 0.5 / 5.0.squareRoot() + 2 * 0.25 / 8.0.squareRoot() + 3 * 0.75 / 3 + 4 * 0.75 / 3
        let weightedBottom = 1 * 0.5 / 5.0.squareRoot() + 2 * 0.75 / 8.0.squareRoot() + 3 * 1.25 / 3 + 4 * 0.75 / 3
        #expect(abs(try distance(.weightedUnnormalized, u, v, vaw: true) - weightedTop) < 1e-14)
        #expect(abs(try distance(.weightedNormalized, u, v, vaw: true) - weightedTop / weightedBottom) < 1e-14)
        let unique = 1 / 5.0.squareRoot() + 4.0 / 3
        let observed = 1 / 5.0.squareRoot() + 2 / 8.0.squareRoot() + 3.0 / 3 + 4.0 / 3
        #expect(abs(try distance(.unweighted, u, v, vaw: true) - unique / observed) < 1e-14)
        #expect(abs(try distance(.unweightedUnnormalized, u, v, vaw: true) - unique) < 1e-14)
    }

    @Test func emptySamplesAsScikitBio() throws {
        let empty: [Double] = [0, 0, 0]
        #expect(try distance(.unweighted, empty, empty) == 0)
        #expect(abs(try distance(.unweighted, u, empty) - 1) < 1e-15)
        #expect(try distance(.weightedNormalized, empty, empty) == 0)
        #expect(abs(try distance(.weightedNormalized, [1, 0, 0], empty) - 1) < 1e-15)
        // scikit-bio: weighted_unifrac([1,0,0], [0,0,0]) = 1 + 3 + 5 = 9.
        #expect(abs(try distance(.weightedUnnormalized, [1, 0, 0], empty) - 9) < 1e-14)
        #expect(try distance(.generalized(alpha: 0.5), empty, empty) == 0)
        #expect(try distance(.weightedNormalized, u, u) < 1e-15)
        #expect(try distance(.unweighted, u, u) < 1e-15)
    }

    @Test func featuresMissingFromTheTreeAreNamed() throws {
        let bad = try table([[1, 1, 0, 2, 1]], features: ["A", "B", "C", "X", "Y"])
        #expect(throws: UniFracError.featuresNotInTree(firstFew: ["X", "Y"], count: 2)) {
            try UniFracKernel(table: bad, tree: try smallTree(), variant: .unweighted)
        }
        let error = UniFracError.featuresNotInTree(firstFew: ["X", "Y"], count: 2)
        #expect(error.description.contains("'X', 'Y'"))
        let negative = try table([[1, -1, 0]])
        #expect(throws: UniFracError.self) { try UniFracKernel(table: negative, tree: try smallTree(), variant: .weightedNormalized) }
        #expect(throws: UniFracError.invalidAlpha(.infinity)) {
            try UniFracKernel(table: try table([[1, 1, 0]]), tree: try smallTree(), variant: .generalized(alpha: .infinity))
        }
    }
}

@Suite struct UniFracRandomTests {
    @Test(arguments: [false, true])
    func matchesDirectSumsOnRandomTrees(vaw: Bool) throws {
        for seed: UInt64 in 1...4 {
            let (table, tree) = try randomCase(seed: seed, samples: 13, tips: 24)
            for variant in allVariants {
                let kernel = try UniFracKernel(table: table, tree: tree, variant: variant, varianceAdjusted: vaw)
                let all = kernel.distances(for: .all(13), threads: 2, progress: nil)
                var worst = 0.0
                for i in 0..<13 {
                    for j in (i + 1)..<13 {
                        let expected = bruteForce(table: table, tree: kernel.shearedTree, variant: variant, vaw: vaw, i, j)
                        worst = max(worst, abs(all[DistanceMatrix.condensedIndex(i, j, count: 13)] - expected))
                    }
                }
                #expect(worst < 1e-12, "\(variant) vaw=\(vaw) seed \(seed): off by \(worst)")
            }
        }
    }

    @Test func partialSelectionsAndThreadCountsGiveTheSameBits() throws {
        let (table, tree) = try randomCase(seed: 9, samples: 12, tips: 30)
        for variant in allVariants {
            for vaw in [false, true] {
                let kernel = try UniFracKernel(table: table, tree: tree, variant: variant, varianceAdjusted: vaw)
                let complete = kernel.distances(for: .all(12), threads: 1, progress: nil)
                #expect(kernel.distances(for: .all(12), threads: 3, progress: nil) == complete)
                for stripes in [0..<2, 2..<5, 5..<6] {
                    let slice = try PairSelection(sampleCount: 12, stripes: stripes)
                    let part = kernel.distances(for: slice, threads: 3, progress: nil)
                    for slot in 0..<slice.pairCount {
                        let (i, j) = slice.pair(atSlot: slot)
                        #expect(
                            part[slot].bitPattern == complete[DistanceMatrix.condensedIndex(min(i, j), max(i, j), count: 12)].bitPattern)
                    }
                }
            }
        }
    }

    @Test func progressIsReportedBoundedly() throws {
        let (table, tree) = try randomCase(seed: 3, samples: 40, tips: 20)
        let kernel = try UniFracKernel(table: table, tree: tree, variant: .weightedNormalized)
        let calls = CallCounter()
        _ = kernel.distances(for: .all(40), threads: 2) { _ in calls.increment() }
        #expect(calls.count >= 1 && calls.count <= 256)
    }
}

private final class CallCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() { lock.withLock { value += 1 } }
    var count: Int { lock.withLock { value } }
}

/// Real data against scikit-bio 0.7.4 (scripts/reference/unifrac_golden.py).
@Suite(.serialized) struct UniFracRealDataTests {
    static let golden = SharedData.packageRoot.appendingPathComponent("Tests/GutSkinKernelsTests/Golden")

    static func readGolden(_ name: String) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", golden.appendingPathComponent(name).path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func pgpMatchesScikitBio() throws {
        guard let tablePath = SharedData.path("pgp.biom"), let treePath = SharedData.path("gg-13_8-97_otus.tree.gz") else { return }
        let table = try FeatureTableFile.read(path: tablePath)
        let tree = try TreeFile.read(path: treePath)
        for (name, variant) in [
            ("unweighted", UniFracVariant.unweighted), ("weighted_unnormalized", .weightedUnnormalized),
            ("weighted_normalized", .weightedNormalized),
        ] {
            let golden = try Self.readGolden("unifrac-pgp-\(name).json.gz")
            let samples = try #require(golden["samples"] as? [String])
            let expected = try #require(golden["condensed"] as? [Double])
            #expect(samples == table.sampleIDs)
            let kernel = try UniFracKernel(table: table, tree: tree, variant: variant)
            let got = kernel.distances(for: .all(table.sampleCount), threads: nil, progress: nil)
            #expect(got.count == expected.count)
            let worst = zip(got, expected).map { abs($0 - $1) }.max() ?? 0
            print("UniFrac PGP \(name): max |gutskin − scikit-bio| = \(worst)")
            #expect(worst <= 5e-9)
        }
    }

    @Test func hmpPairsMatchScikitBio() throws {
        guard let tablePath = SharedData.path("hmp-v35-even1k.biom"), let treePath = SharedData.path("gg-13_8-97_otus.tree.gz") else {
            return
        }
        let golden = try Self.readGolden("unifrac-hmp-pairs.json.gz")
        let pairs = try #require(golden["pairs"] as? [[String: Any]])
        let full = try FeatureTableFile.read(path: tablePath)
        let tree = try TreeFile.read(path: treePath)
        // Only the samples the pairs involve, to keep a debug build quick.
        var involved: [Int] = []
        var position: [Int: Int] = [:]
        for pair in pairs {
            for key in ["i", "j"] {
                let sample = try #require(pair[key] as? Int)
                if position[sample] == nil {
                    position[sample] = involved.count
                    involved.append(sample)
                }
            }
        }
        let table = full.selectingSamples(involved)
        let n = table.sampleCount
        for (name, variant) in [
            ("unweighted", UniFracVariant.unweighted), ("weighted_unnormalized", .weightedUnnormalized),
            ("weighted_normalized", .weightedNormalized),
        ] {
            let kernel = try UniFracKernel(table: table, tree: tree, variant: variant)
            let got = kernel.distances(for: .all(n), threads: nil, progress: nil)
            var worst = 0.0
            for pair in pairs {
                let first = try #require(pair["i"] as? Int)
                let second = try #require(pair["j"] as? Int)
                let i = try #require(position[first])
                let j = try #require(position[second])
                #expect(table.sampleIDs[i] == pair["sample_i"] as? String)
                let expected = try #require(pair[name] as? Double)
                worst = max(worst, abs(got[DistanceMatrix.condensedIndex(min(i, j), max(i, j), count: n)] - expected))
            }
            print("UniFrac HMP pairs \(name): max |gutskin − scikit-bio| = \(worst)")
            #expect(worst <= 5e-9)
        }
    }
}
