import GutSkinCore
import GutSkinKernels
import GutSkinParallel

/// PERMDISP, the test for homogeneity of multivariate dispersions (Anderson 2006,
/// doi:10.1111/j.1541-0420.2005.00440.x), as scikit-bio 0.7.4's `skbio.stats.distance.permdisp`:
///
/// 1. PCoA of the distance matrix (by default `eigh`, 10 dimensions), giving coordinates z_i.
/// 2. For each group g, its centre c_g: the centroid (mean of its z_i) or the spatial median.
/// 3. Each sample's distance to its group's centre, e_i = ‖z_i − c_{g(i)}‖.
/// 4. F: the one-way ANOVA F statistic of the e_i across groups.
/// 5. p = (1 + #{permutations with F* ≥ F}) / (1 + permutations), permuting group labels.
///
/// Permutation r shuffles the labels with `SeededRandomNumberGenerator(seed:stream:)` named by r,
/// so the p-value depends on the seed only, never on the thread count. It cannot equal
/// scikit-bio's, which draws from NumPy's generator; the F statistic does.
public struct PERMDISP: Sendable {
    /// The centre each group's dispersion is measured from.
    public enum Test: String, Sendable, CaseIterable {
        case centroid, median
    }

    public let test: Test
    public let sampleSize: Int
    public let groupCount: Int
    /// The F statistic.
    public let statistic: Double
    /// The permutation p-value, nil when `permutations` is 0 (scikit-bio: NaN).
    public let pValue: Double?
    public let permutations: Int
    /// Warnings from the PCoA step.
    public let warnings: [String]

    /// Runs PCoA on `matrix` and tests the dispersion of the groups `grouping` (one label per
    /// sample, in the matrix's order). `dimensions` defaults to scikit-bio's 10 axes, or one per
    /// sample when there are fewer samples.
    public init(
        _ matrix: DistanceMatrix, grouping: [String], test: Test = .median, permutations: Int = 999,
        seed: UInt64 = 0, method: PrincipalCoordinates.Method = .eigh, dimensions: Int? = nil, threads: Int? = nil
    ) throws(PERMDISPError) {
        guard grouping.count == matrix.count else { throw .groupingSizeMismatch(grouping.count, samples: matrix.count) }
        let ordination: PrincipalCoordinates
        do {
            ordination = try PrincipalCoordinates(
                matrix, dimensions: dimensions ?? min(10, matrix.count), method: method, seed: seed, threads: threads)
        } catch {
            throw .ordination(error)
        }
        try self.init(
            coordinates: ordination.coordinates, axisCount: ordination.axisCount, grouping: grouping, test: test,
            permutations: permutations, seed: seed, threads: threads, warnings: ordination.warnings)
    }

    /// Tests the dispersion of groups of points given by their coordinates (row-major,
    /// samples × `axisCount`).
    public init(
        coordinates: [Double], axisCount: Int, grouping: [String], test: Test = .median, permutations: Int = 999,
        seed: UInt64 = 0, threads: Int? = nil, warnings: [String] = []
    ) throws(PERMDISPError) {
        let n = grouping.count
        guard axisCount >= 0, coordinates.count == n * axisCount else {
            throw .groupingSizeMismatch(grouping.count, samples: axisCount == 0 ? 0 : coordinates.count / axisCount)
        }
        guard permutations >= 0 else { throw .negativePermutations(permutations) }
        // Group codes by sorted label, as numpy.unique(return_inverse=True).
        let coding: GroupCoding
        do {
            coding = try GroupCoding(grouping, sampleCount: n)
        } catch {
            switch error {
            case .singleGroup: throw .singleGroup
            case .allGroupsSingletons: throw .allGroupsSingletons
            default: throw .groupingSizeMismatch(grouping.count, samples: n)
            }
        }
        let observed = coding.codes.map(Int32.init)
        let groupCount = coding.labels.count

        let statistics: [Double] = coordinates.withUnsafeBufferPointer { points in
            let shared = SharedPoints(points)
            // Index 0 is the observed grouping; 1 ... permutations are shuffles of it, the same
            // seeded permutations PERMANOVA and ANOSIM draw.
            return Parallel.map(count: permutations + 1, threads: threads) { replicate in
                let groups = replicate == 0 ? observed : PermutationStreams.shuffled(observed, seed: seed, permutation: replicate - 1)
                return Self.fStatistic(
                    points: shared.buffer, axisCount: axisCount, groups: groups, groupCount: groupCount, test: test)
            }
        }
        self.test = test
        self.sampleSize = n
        self.groupCount = groupCount
        self.statistic = statistics[0]
        self.permutations = permutations
        self.warnings = warnings
        pValue = PermutationStreams.pValue(observed: statistics[0], Array(statistics.dropFirst())) { $0 >= statistics[0] }
    }

    /// The F statistic of distances to group centres for one grouping.
    static func fStatistic(
        points: UnsafeBufferPointer<Double>, axisCount p: Int, groups: [Int32], groupCount: Int, test: Test
    ) -> Double {
        let n = groups.count
        var centres = [Double](repeating: 0, count: groupCount * p)
        switch test {
        case .centroid:
            var sizes = [Int](repeating: 0, count: groupCount)
            for i in 0..<n {
                let g = Int(groups[i])
                sizes[g] += 1
                for a in 0..<p { centres[g * p + a] += points[i * p + a] }
            }
            for g in 0..<groupCount where sizes[g] > 0 { for a in 0..<p { centres[g * p + a] /= Double(sizes[g]) } }
        case .median:
            var members = [[Int]](repeating: [], count: groupCount)
            for i in 0..<n { members[Int(groups[i])].append(i) }
            for g in 0..<groupCount where !members[g].isEmpty {
                let centre = SpatialMedian.median(of: members[g], points: points, dimensions: p)
                for a in 0..<p { centres[g * p + a] = centre[a] }
            }
        }
        var distances = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let g = Int(groups[i])
            var squared = 0.0
            for a in 0..<p {
                let d = points[i * p + a] - centres[g * p + a]
                squared += d * d
            }
            distances[i] = squared.squareRoot()
        }
        var groupSums = [Double](repeating: 0, count: groupCount)
        var groupSizes = [Int](repeating: 0, count: groupCount)
        return distances.withUnsafeBufferPointer { values in
            groups.withUnsafeBufferPointer { codes in
                groupSums.withUnsafeMutableBufferPointer { sums in
                    groupSizes.withUnsafeMutableBufferPointer { sizes in
                        OneWayANOVA.fStatistic(
                            values: values, groupOf: codes, groupCount: groupCount, groupSums: sums, groupSizes: sizes)
                    }
                }
            }
        }
    }
}

/// Read-only coordinates shared by the permutation workers (never written while they run).
private struct SharedPoints: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Double>
    init(_ buffer: UnsafeBufferPointer<Double>) { self.buffer = buffer }
}

/// Why PERMDISP could not run.
public enum PERMDISPError: Error, CustomStringConvertible, Equatable {
    case groupingSizeMismatch(Int, samples: Int)
    case singleGroup
    case allGroupsSingletons
    case negativePermutations(Int)
    case ordination(PrincipalCoordinatesError)

    public var description: String {
        switch self {
        case .groupingSizeMismatch(let labels, let samples):
            return "the grouping has \(labels) labels but there are \(samples) samples"
        case .singleGroup: return "all samples are in one group; PERMDISP needs at least two groups"
        case .allGroupsSingletons: return "every sample is in a group of its own; PERMDISP needs a group with two or more samples"
        case .negativePermutations(let count): return "the number of permutations must be 0 or more, not \(count)"
        case .ordination(let error): return "PCoA failed: \(error)"
        }
    }
}
