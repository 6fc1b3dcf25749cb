/// A symmetric, hollow (zero-diagonal) matrix of distances between labelled objects, stored
/// condensed: only the n(n-1)/2 entries above the diagonal, row by row, as SciPy's `pdist`
/// and scikit-bio's `DistanceMatrix.condensed_form()` order them.
public struct DistanceMatrix: Sendable, Equatable {
    /// Storage precision. fp32 halves memory for very large cohorts.
    public enum Storage: Sendable, Equatable {
        case fp64([Double])
        case fp32([Float])
    }

    public private(set) var ids: [String]
    public private(set) var storage: Storage

    /// Number of objects (rows).
    public var count: Int { ids.count }

    /// Creates a matrix from the condensed upper triangle (row-major, i < j).
    public init(ids: [String], condensed: [Double]) throws(DistanceMatrixError) {
        try Self.validate(ids: ids, condensedCount: condensed.count)
        if let bad = Self.firstInvalidIndex(condensed) {
            throw .invalidValue(Self.pair(ofCondensedIndex: bad, count: ids.count, ids: ids), condensed[bad])
        }
        self.ids = ids
        self.storage = .fp64(condensed)
    }

    /// Creates a single-precision matrix from the condensed upper triangle.
    public init(ids: [String], condensed: [Float]) throws(DistanceMatrixError) {
        try Self.validate(ids: ids, condensedCount: condensed.count)
        if let bad = Self.firstInvalidIndex(condensed) {
            throw .invalidValue(Self.pair(ofCondensedIndex: bad, count: ids.count, ids: ids), Double(condensed[bad]))
        }
        self.ids = ids
        self.storage = .fp32(condensed)
    }

    private static func validate(ids: [String], condensedCount: Int) throws(DistanceMatrixError) {
        let n = ids.count
        guard condensedCount == n * (n - 1) / 2 || (n == 0 && condensedCount == 0) else {
            throw .sizeMismatch(ids: n, condensedValues: condensedCount)
        }
        var seen = Set<String>()
        for id in ids where !seen.insert(id).inserted { throw .duplicateID(id) }
    }

    private static func pair(ofCondensedIndex index: Int, count n: Int, ids: [String]) -> (String, String) {
        let (i, j) = PairSelection.all(n).pair(atSlot: index)
        return (ids[i], ids[j])
    }

    /// Position of (i, j), i < j, in the condensed array.
    @inlinable public static func condensedIndex(_ i: Int, _ j: Int, count n: Int) -> Int {
        n * i - i * (i + 1) / 2 + (j - i - 1)
    }

    /// The distance between objects i and j (0 on the diagonal).
    public subscript(i: Int, j: Int) -> Double {
        if i == j { return 0 }
        let index = i < j ? Self.condensedIndex(i, j, count: count) : Self.condensedIndex(j, i, count: count)
        switch storage {
        case .fp64(let values): return values[index]
        case .fp32(let values): return Double(values[index])
        }
    }

    /// The condensed upper triangle in double precision.
    public var condensed: [Double] {
        switch storage {
        case .fp64(let values): return values
        case .fp32(let values): return values.map(Double.init)
        }
    }

    /// The squared distances, condensed, in double precision, made in one pass from the stored
    /// values (an fp32 matrix is not first widened into a second array).
    public var squaredCondensed: [Double] {
        switch storage {
        case .fp64(let values): return values.map { $0 * $0 }
        case .fp32(let values): return values.map { Double($0) * Double($0) }
        }
    }

    /// Whether values are stored in single precision.
    public var isSinglePrecision: Bool {
        if case .fp32 = storage { return true }
        return false
    }

    /// The sub-matrix for the given ids, in the given order, in the same precision.
    public func filtered(to selected: [String]) throws(DistanceMatrixError) -> DistanceMatrix {
        if selected == ids { return self }  // every sample, in order: no copy
        var position = [String: Int](minimumCapacity: ids.count)
        for (index, id) in ids.enumerated() { position[id] = index }
        var rows = [Int]()
        for id in selected {
            guard let row = position[id] else { throw .unknownID(id) }
            rows.append(row)
        }
        // The values were checked when this matrix was made; only the ids are new.
        try Self.validate(ids: selected, condensedCount: rows.count * (rows.count - 1) / 2)
        var matrix = self
        matrix.ids = selected
        switch storage {
        case .fp64(let all): matrix.storage = .fp64(Self.gather(all, rows: rows, count: count))
        case .fp32(let all): matrix.storage = .fp32(Self.gather(all, rows: rows, count: count))
        }
        return matrix
    }

    /// The condensed matrix of rows `rows` of the n × n condensed `values`, row by row.
    private static func gather<Element: BinaryFloatingPoint>(_ values: [Element], rows: [Int], count n: Int) -> [Element] {
        let m = rows.count
        // (i, j), i < j, sits at base[i] + j.
        let base = (0..<n).map { i in n * i - i * (i + 1) / 2 - i - 1 }
        return [Element](unsafeUninitializedCapacity: m * (m - 1) / 2) { output, initialized in
            values.withUnsafeBufferPointer { v in
                var k = 0
                for a in 0..<m {
                    let i = rows[a]
                    for b in (a + 1)..<max(m, a + 1) {
                        let j = rows[b]
                        output[k] = i < j ? v[base[i] + j] : v[base[j] + i]
                        k += 1
                    }
                }
                initialized = k
            }
        }
    }
}

/// Why a `DistanceMatrix` could not be built.
public enum DistanceMatrixError: Error, CustomStringConvertible, Equatable {
    case sizeMismatch(ids: Int, condensedValues: Int)
    case duplicateID(String)
    case unknownID(String)
    case invalidValue((String, String), Double)

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.description == rhs.description }

    public var description: String {
        switch self {
        case .sizeMismatch(let ids, let values):
            return "the number of ids (\(ids)) does not match the \(values) condensed distances (expected \(ids * (ids - 1) / 2))"
        case .duplicateID(let id): return "duplicate id '\(id)' in distance matrix"
        case .unknownID(let id): return "id '\(id)' is not in the distance matrix"
        case .invalidValue(let pair, let value):
            return "distance between '\(pair.0)' and '\(pair.1)' is \(value); distances must be finite and non-negative"
        }
    }
}
