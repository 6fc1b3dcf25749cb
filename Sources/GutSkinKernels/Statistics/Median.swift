/// The median of the values that are not NaN, as NumPy's `nanmedian`: the middle value, or the
/// mean of the two middle values for an even count; NaN when no value is left.
public func nanMedian(_ values: [Double]) -> Double {
    let sorted = values.filter { !$0.isNaN }.sorted()
    guard !sorted.isEmpty else { return .nan }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
