import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinKernels
import TestSupport
import Testing

/// The non-phylogenetic metrics, by the names scikit-bio / QIIME 2 give them.
enum BetaMetric: String, CaseIterable, Sendable {
    case braycurtis, jaccard, canberra, euclidean, aitchison, robust_aitchison

    func kernel(_ table: FeatureTable) throws -> any PairwiseDistanceKernel {
        switch self {
        case .braycurtis: return try BrayCurtisKernel(table)
        case .jaccard: return try JaccardKernel(table)
        case .canberra: return try CanberraKernel(table)
        case .euclidean: return try EuclideanKernel(table)
        case .aitchison: return try AitchisonKernel(table, pseudocount: 1)
        case .robust_aitchison: return try RobustAitchisonKernel(table)
        }
    }

    /// The whole condensed matrix.
    func condensed(_ table: FeatureTable, threads: Int? = 2) throws -> [Double] {
        try kernel(table).distances(for: .all(table.sampleCount), threads: threads, progress: nil)
    }
}

/// Same value, NaN matching NaN.
func sameBits(_ a: [Double], _ b: [Double]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern }
}

/// Largest |a − b|, with NaN against NaN counting as 0 and NaN against a number as infinity.
func maxAbsoluteDifference(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count)
    var largest = 0.0
    for (x, y) in zip(a, b) {
        if x.isNaN && y.isNaN { continue }
        if x.isNaN || y.isNaN { return .infinity }
        largest = max(largest, abs(x - y))
    }
    return largest
}

// MARK: - Hand-checked small cases

/// Samples over four features:
///   A = [1, 0, 3, 2]   B = [3, 4, 0, 2]   C = [0, 0, 0, 0]   D = [0, 0, 0, 0]   E = A
/// Condensed order: AB AC AD AE BC BD BE CD CE DE.
@Suite struct BetaDiversityHandCheckedTests {
    static let table = try! FeatureTable(
        sampleIDs: ["A", "B", "C", "D", "E"], featureIDs: ["f0", "f1", "f2", "f3"],
        dense: [[1, 0, 3, 2], [3, 4, 0, 2], [0, 0, 0, 0], [0, 0, 0, 0], [1, 0, 3, 2]])

    func distances(_ metric: BetaMetric) throws -> [String: Double] {
        let values = try metric.condensed(Self.table)
        let ids = Self.table.sampleIDs
        var named = [String: Double]()
        for i in 0..<ids.count {
            for j in (i + 1)..<ids.count { named[ids[i] + ids[j]] = values[DistanceMatrix.condensedIndex(i, j, count: ids.count)] }
        }
        return named
    }

    @Test func brayCurtis() throws {
        let d = try distances(.braycurtis)
        // AB: Σ|x−y| = 2+4+3+0 = 9, Σ(x+y) = 4+4+3+4 = 15 → 9/15 = 0.6
        #expect(d["AB"] == 9.0 / 15.0)
        // AC: 6/6 (one sample empty) = 1;  AE identical = 0
        #expect(d["AC"] == 1)
        #expect(d["AE"] == 0)
        // CD: two empty samples, 0/0 — scikit-bio 0.7.4 returns NaN
        #expect(d["CD"]?.isNaN == true)
    }

    @Test func jaccard() throws {
        let d = try distances(.jaccard)
        // A = {f0, f2, f3}, B = {f0, f1, f3}: ∩ = 2, ∪ = 4 → (4 − 2)/4 = 0.5
        #expect(d["AB"] == 0.5)
        #expect(d["AC"] == 1)  // ∪ = 3, ∩ = 0
        #expect(d["AE"] == 0)
        #expect(d["CD"] == 0)  // SciPy: 0 when both are empty
    }

    @Test func canberra() throws {
        let d = try distances(.canberra)
        // AB: f0 |1−3|/4 = 0.5, f1 4/4 = 1, f2 3/3 = 1, f3 0/4 = 0 → 2.5
        #expect(d["AB"] == 2.5)
        #expect(d["AC"] == 3)  // three features, each 1
        #expect(d["AE"] == 0)
        #expect(d["CD"] == 0)  // no feature where not both are zero
    }

    @Test func euclidean() throws {
        let d = try distances(.euclidean)
        #expect(d["AB"] == (4.0 + 16 + 9).squareRoot())  // differences 2, 4, 3, 0
        #expect(d["AC"] == (1.0 + 9 + 4).squareRoot())
        #expect(d["AE"] == 0)
        #expect(d["CD"] == 0)
    }

    @Test func aitchison() throws {
        let d = try distances(.aitchison)
        // A + 1 = [2, 1, 4, 3], B + 1 = [4, 5, 1, 3]; with a = ln(A + 1), b = ln(B + 1):
        // a − b = [−ln 2, −ln 5, 2 ln 2, 0], Σ(a − b) = ln 0.4, and
        // d² = ‖a − b‖² − (Σ(a − b))²/4 = 5 ln²2 + ln²5 − ln²0.4 / 4 ≈ 4.782658 → d ≈ 2.186929
        let expected = (5 * log(2.0) * log(2.0) + log(5.0) * log(5.0) - log(0.4) * log(0.4) / 4).squareRoot()
        #expect(abs(try #require(d["AB"]) - expected) < 1e-14)
        #expect(abs(expected - 2.186929) < 1e-6)
        // C + 1 is all ones: clr = 0, so AC = ‖clr(A + 1)‖ computed densely.
        let logs = [2.0, 1, 4, 3].map { log($0) }
        let mean = logs.reduce(0, +) / 4
        let norm = logs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +).squareRoot()
        #expect(abs(try #require(d["AC"]) - norm) < 1e-14)
        #expect(d["AE"] == 0)
        #expect(d["CD"] == 0)
    }

    @Test func robustAitchison() throws {
        let d = try distances(.robust_aitchison)
        // A observes f0, f2, f3: logs [0, ln 3, ln 2], mean ln 6 / 3 → rA = [−m, 0, ln3 − m, ln2 − m], m = ln6/3
        // B observes f0, f1, f3: logs [ln 3, ln 4, ln 2], mean ln 24 / 3 → rB = [ln3 − k, ln4 − k, 0, ln2 − k], k = ln24/3
        let m = log(6.0) / 3
        let k = log(24.0) / 3
        let rA = [-m, 0, log(3.0) - m, log(2.0) - m]
        let rB = [log(3.0) - k, log(4.0) - k, 0, log(2.0) - k]
        let expected = zip(rA, rB).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
        #expect(abs(try #require(d["AB"]) - expected) < 1e-14)
        #expect(abs(try #require(d["AC"]) - rA.map { $0 * $0 }.reduce(0, +).squareRoot()) < 1e-14)
        #expect(d["AE"] == 0)
        #expect(d["CD"] == 0)
        // Scale invariance: 10·A against B is the same distance.
        let scaled = try FeatureTable(
            sampleIDs: ["A10", "B"], featureIDs: ["f0", "f1", "f2", "f3"], dense: [[10, 0, 30, 20], [3, 4, 0, 2]])
        #expect(abs(try BetaMetric.robust_aitchison.condensed(scaled)[0] - expected) < 1e-14)
    }

    @Test func badInputThrowsWithAMessage() throws {
        let negative = try FeatureTable(sampleIDs: ["s1", "s2"], featureIDs: ["f"], dense: [[1], [-2]])
        for metric in BetaMetric.allCases {
            #expect(throws: BetaDiversityError.self) { try metric.kernel(negative) }
        }
        #expect(throws: BetaDiversityError.invalidPseudocount(0)) { try AitchisonKernel(Self.table, pseudocount: 0) }
        #expect(throws: BetaDiversityError.self) { try AitchisonKernel(Self.table, pseudocount: .nan) }
        #expect(BetaDiversityError.negativeValue(sample: "s2", feature: "f", value: -2).description.contains("'s2'"))
    }

    @Test func tinyTablesGiveEmptyOutput() throws {
        let one = try FeatureTable(sampleIDs: ["s"], featureIDs: ["f"], dense: [[3]])
        let none = try FeatureTable(sampleIDs: [], featureIDs: ["f"], dense: [])
        for metric in BetaMetric.allCases {
            #expect(try metric.condensed(one).isEmpty)
            #expect(try metric.condensed(none).isEmpty)
        }
    }
}

// MARK: - Fractional tables

/// A direct, dense-by-pair implementation of each formula (SciPy's loops over every feature),
/// the yardstick for tables scikit-bio golden values do not cover.
func directDistance(_ metric: BetaMetric, _ u: [Double], _ v: [Double]) -> Double {
    switch metric {
    case .braycurtis:
        return zip(u, v).map { abs($0 - $1) }.reduce(0, +) / zip(u, v).map { $0 + $1 }.reduce(0, +)
    case .jaccard:
        let union = zip(u, v).filter { $0 > 0 || $1 > 0 }.count
        let unequal = zip(u, v).filter { ($0 > 0) != ($1 > 0) }.count
        return union == 0 ? 0 : Double(unequal) / Double(union)
    case .canberra:
        return zip(u, v).filter { $0 + $1 > 0 }.map { abs($0 - $1) / ($0 + $1) }.reduce(0, +)
    case .euclidean:
        return zip(u, v).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
    case .aitchison:
        func clr(_ x: [Double]) -> [Double] {
            let logs = x.map { log($0 + 1) }
            let mean = logs.reduce(0, +) / Double(logs.count)
            return logs.map { $0 - mean }
        }
        return directDistance(.euclidean, clr(u), clr(v))
    case .robust_aitchison:
        func rclr(_ x: [Double]) -> [Double] {
            let observed = x.filter { $0 > 0 }.map { log($0) }
            let mean = observed.reduce(0, +) / Double(max(1, observed.count))
            return x.map { $0 > 0 ? log($0) - mean : 0 }
        }
        return directDistance(.euclidean, rclr(u), rclr(v))
    }
}

@Suite struct BetaDiversityFractionalTests {
    /// Relative abundances (each sample sums to 1) with a near-copy: sample 1 is sample 0 with one
    /// value nudged by 1e-9, where ‖u‖² + ‖v‖² − 2u·v in plain doubles would lose everything.
    static func relativeTable() throws -> (FeatureTable, [[Double]]) {
        var generator = SeededRandomNumberGenerator(seed: 7, stream: "beta-fractional")
        let featureCount = 40
        var dense = [[Double]]()
        for sample in 0..<12 {
            var row = (0..<featureCount).map { _ -> Double in
                Double.random(in: 0..<1, using: &generator) < 0.4 ? Double.random(in: 1..<500, using: &generator) : 0
            }
            if sample == 5 { row = [Double](repeating: 0, count: featureCount) }
            let total = row.reduce(0, +)
            dense.append(total > 0 ? row.map { $0 / total } : row)
        }
        var nearCopy = dense[0]
        if let first = nearCopy.firstIndex(where: { $0 > 0 }) { nearCopy[first] += 1e-9 }
        dense.insert(nearCopy, at: 1)
        let table = try FeatureTable(
            sampleIDs: dense.indices.map { "s\($0)" }, featureIDs: (0..<featureCount).map { "f\($0)" }, dense: dense)
        return (table, dense)
    }

    @Test(arguments: BetaMetric.allCases)
    func agreesWithDirectFormulas(_ metric: BetaMetric) throws {
        let (table, dense) = try Self.relativeTable()
        let values = try metric.condensed(table)
        var direct = [Double]()
        for i in 0..<dense.count {
            for j in (i + 1)..<dense.count { direct.append(directDistance(metric, dense[i], dense[j])) }
        }
        #expect(maxAbsoluteDifference(values, direct) <= 1e-12, "\(metric)")
        if metric == .euclidean {
            // The near-copy pair: exactly the nudge.
            #expect(abs(values[0] - 1e-9) < 1e-18)
        }
    }
}

// MARK: - Selections, threads, symmetry

@Suite struct BetaDiversityConsistencyTests {
    /// A small random count table with some empty samples, odd sample count.
    static func countTable(samples: Int) throws -> FeatureTable {
        var generator = SeededRandomNumberGenerator(seed: 11, stream: "beta-consistency")
        let dense = (0..<samples).map { sample -> [Double] in
            (0..<30).map { _ -> Double in
                sample % 9 == 4
                    ? 0 : (Double.random(in: 0..<1, using: &generator) < 0.3 ? Double(Int.random(in: 1...50, using: &generator)) : 0)
            }
        }
        return try FeatureTable(
            sampleIDs: (0..<samples).map { "s\($0)" }, featureIDs: (0..<30).map { "f\($0)" }, dense: dense)
    }

    @Test(arguments: BetaMetric.allCases, [21, 22])
    func partialSelectionsGiveTheSameBits(_ metric: BetaMetric, samples: Int) throws {
        let table = try Self.countTable(samples: samples)
        let kernel = try metric.kernel(table)
        let complete = kernel.distances(for: .all(samples), threads: 1, progress: nil)
        let stripeCount = PairSelection.stripeCount(samples)
        for stripes in [0..<1, 0..<3, 2..<7, (stripeCount - 2)..<stripeCount, (stripeCount - 1)..<stripeCount] {
            let selection = try PairSelection(sampleCount: samples, stripes: stripes)
            let part = kernel.distances(for: selection, threads: 2, progress: nil)
            #expect(part.count == selection.pairCount)
            let expected = (0..<selection.pairCount).map { slot -> Double in
                let (i, j) = selection.pair(atSlot: slot)
                return complete[DistanceMatrix.condensedIndex(min(i, j), max(i, j), count: samples)]
            }
            #expect(sameBits(part, expected), "\(metric) stripes \(stripes)")
        }
    }

    @Test(arguments: BetaMetric.allCases)
    func threadCountDoesNotChangeBits(_ metric: BetaMetric) throws {
        let table = try Self.countTable(samples: 37)
        let kernel = try metric.kernel(table)
        let one = kernel.distances(for: .all(37), threads: 1, progress: nil)
        let three = kernel.distances(for: .all(37), threads: 3, progress: nil)
        #expect(sameBits(one, three))
    }

    /// Reversing the sample order computes every pair from its other end: the same distances
    /// (to rounding), so the matrix is symmetric; a sample against its own copy is exactly 0.
    @Test(arguments: BetaMetric.allCases)
    func symmetricWithZeroDiagonal(_ metric: BetaMetric) throws {
        let table = try Self.countTable(samples: 15)
        let n = table.sampleCount
        let forward = try metric.condensed(table)
        let reversed = try metric.condensed(table.selectingSamples(Array((0..<n).reversed())))
        var largest = 0.0
        for i in 0..<n {
            for j in (i + 1)..<n {
                let a = forward[DistanceMatrix.condensedIndex(i, j, count: n)]
                let b = reversed[DistanceMatrix.condensedIndex(n - 1 - j, n - 1 - i, count: n)]
                if a.isNaN && b.isNaN { continue }
                largest = max(largest, abs(a - b))
            }
        }
        #expect(largest <= 1e-13, "\(metric)")
        // Each sample next to an exact copy of itself.
        let doubled = try FeatureTable(
            sampleIDs: (0..<n).flatMap { ["s\($0)", "copy\($0)"] }, featureIDs: table.featureIDs,
            dense: (0..<n).flatMap { sample in
                let row = (0..<table.featureCount).map { table.value(sample: sample, feature: $0) }
                return [row, row]
            })
        let withCopies = try metric.condensed(doubled)
        for sample in 0..<n {
            let d = withCopies[DistanceMatrix.condensedIndex(2 * sample, 2 * sample + 1, count: 2 * n)]
            // Bray–Curtis of two empty samples is NaN (0/0), as in scikit-bio.
            #expect(d == 0 || (metric == .braycurtis && d.isNaN && sample % 9 == 4), "\(metric) sample \(sample): \(d)")
        }
    }

    @Test func progressIsReportedABoundedNumberOfTimes() throws {
        let table = try Self.countTable(samples: 200)
        let calls = ProgressLog()
        _ = try BrayCurtisKernel(table).distances(for: .all(200), threads: 2) { calls.append($0) }
        let fractions = calls.values
        #expect(!fractions.isEmpty && fractions.count <= 200)
        #expect(fractions == fractions.sorted())
        #expect(fractions.last == 1)
    }
}

final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = [Double]()
    func append(_ value: Double) {
        lock.lock()
        stored.append(value)
        lock.unlock()
    }
    var values: [Double] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}

// MARK: - Real data against scikit-bio

/// Largest |a − b| / max(1, |b|), NaN against NaN counting as 0.
func maxScaledDifference(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count)
    var largest = 0.0
    for (x, y) in zip(a, b) {
        if x.isNaN && y.isNaN { continue }
        if x.isNaN || y.isNaN { return .infinity }
        largest = max(largest, abs(x - y) / max(1, abs(y)))
    }
    return largest
}

extension BetaMetric {
    /// Whether SciPy's own rounding allows an absolute 1e-12 comparison on real data. Canberra
    /// (sums of up to ~1,300 terms on PGP) and Aitchison (9,276 squared clr differences) are summed
    /// by SciPy sequentially over every feature; against an extended-precision recomputation its
    /// errors reach 1.3e-12 and 8.6e-12 on PGP, gutskin's 2e-13 and 2e-14. Those two are compared
    /// with scikit-bio to 1e-12 relative (for values above 1) and with the extended-precision
    /// values of the golden file to 1e-12 absolute.
    var scipyRoundingExceedsAbsoluteTolerance: Bool { self == .canberra || self == .aitchison }
}

/// `scripts/reference/beta_golden.py` output (scikit-bio 0.7.4 / SciPy 1.17).
struct BetaGoldenMatrix: Decodable {
    let tool: String, version: String, metric: String, call: String, samples: Int
    let condensed: [Double?]
    /// The same formula in numpy.longdouble, rounded to double (canberra and aitchison only).
    let extended_precision: [Double?]?
}

struct BetaGoldenPairs: Decodable {
    let tool: String, version: String, samples: Int
    let pairs: [[Int]]
    let distances: [String: [Double?]]
}

func loadGolden<Golden: Decodable>(_ name: String, as type: Golden.Type) throws -> Golden {
    let path = SharedData.packageRoot.appendingPathComponent("Tests/GutSkinKernelsTests/Golden/\(name)").path
    return try JSONDecoder().decode(Golden.self, from: InputFile.read(path))
}

@Suite(.serialized) struct BetaDiversityRealDataTests {
    @Test(arguments: BetaMetric.allCases)
    func pgpFullMatrixMatchesScikitBio(_ metric: BetaMetric) throws {
        guard let path = SharedData.path("pgp.biom") else { return }
        let table = try FeatureTableFile.read(path: path)
        let golden = try loadGolden("beta-pgp-\(metric.rawValue).json.gz", as: BetaGoldenMatrix.self)
        #expect(golden.samples == table.sampleCount)
        let values = try metric.condensed(table)
        let reference = golden.condensed.map { $0 ?? .nan }
        let difference = maxAbsoluteDifference(values, reference)
        print("beta \(metric.rawValue) pgp full: max |gutskin − scikit-bio \(golden.version)| = \(difference)")
        if metric.scipyRoundingExceedsAbsoluteTolerance {
            #expect(maxScaledDifference(values, reference) <= 1e-12)
            let extended = try #require(golden.extended_precision).map { $0 ?? .nan }
            let exactDifference = maxAbsoluteDifference(values, extended)
            print("beta \(metric.rawValue) pgp full: max |gutskin − extended precision| = \(exactDifference)")
            #expect(exactDifference <= 1e-12)
        } else {
            #expect(difference <= 1e-12)
        }
    }

    @Test func hmpPairsMatchScikitBio() throws {
        guard let path = SharedData.path("hmp-v35-even1k.biom") else { return }
        let table = try FeatureTableFile.read(path: path)
        let golden = try loadGolden("beta-hmp-pairs.json.gz", as: BetaGoldenPairs.self)
        #expect(golden.samples == table.sampleCount)
        // Only the samples the pairs touch, in table order: a pair's bits do not depend on the others.
        let involved = Array(Set(golden.pairs.flatMap { $0 })).sorted()
        let position = Dictionary(uniqueKeysWithValues: involved.enumerated().map { ($1, $0) })
        let subset = table.selectingSamples(involved)
        for metric in BetaMetric.allCases {
            let values = try metric.condensed(subset)
            let ours = golden.pairs.map { pair -> Double in
                let (a, b) = (position[pair[0]] ?? 0, position[pair[1]] ?? 0)
                return values[DistanceMatrix.condensedIndex(min(a, b), max(a, b), count: involved.count)]
            }
            let reference = (golden.distances[metric.rawValue] ?? []).map { $0 ?? .nan }
            #expect(reference.count == golden.pairs.count)
            let difference = maxAbsoluteDifference(ours, reference)
            print("beta \(metric.rawValue) hmp pairs: max |gutskin − scikit-bio \(golden.version)| = \(difference)")
            if metric.scipyRoundingExceedsAbsoluteTolerance {
                #expect(maxScaledDifference(ours, reference) <= 1e-12, "\(metric)")
            } else {
                #expect(difference <= 1e-12, "\(metric)")
            }
        }
    }
}
