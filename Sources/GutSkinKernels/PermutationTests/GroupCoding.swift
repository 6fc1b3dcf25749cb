/// Group labels coded as integers in sorted label order, as NumPy's
/// `np.unique(grouping, return_inverse=True)` codes them for scikit-bio's tests.
public struct GroupCoding: Sendable, Equatable {
    /// Distinct labels, sorted (byte order of their UTF-8, as NumPy sorts strings).
    public let labels: [String]
    /// Per sample, the index of its label in `labels`.
    public let codes: [Int]
    /// Samples per group, in `labels` order.
    public let sizes: [Int]

    /// Codes `grouping`; throws when fewer than two groups or when every group is a singleton
    /// (scikit-bio's checks).
    public init(_ grouping: [String], sampleCount: Int) throws(PermutationTestError) {
        guard grouping.count == sampleCount else { throw .groupingLength(labels: grouping.count, samples: sampleCount) }
        let sorted = Array(Set(grouping)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var index = [String: Int](minimumCapacity: sorted.count)
        for (position, label) in sorted.enumerated() { index[label] = position }
        var codes = [Int]()
        var sizes = [Int](repeating: 0, count: sorted.count)
        codes.reserveCapacity(grouping.count)
        for label in grouping {
            let code = index[label] ?? 0
            codes.append(code)
            sizes[code] += 1
        }
        if sorted.count == grouping.count { throw .allGroupsSingletons }
        if sorted.count < 2 { throw .singleGroup }
        labels = sorted
        self.codes = codes
        self.sizes = sizes
    }
}
