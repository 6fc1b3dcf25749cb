/// Sums in the order NumPy's `ndarray.sum()` uses for a contiguous float64 vector: pairwise
/// summation with an eight-way unrolled base case of up to 128 values
/// (`pairwise_sum` in numpy/_core/src/umath/loops_utils.h.src), added to 0.
///
/// Matching the order keeps sums such as Shannon's entropy within an ulp or two of scikit-bio's,
/// rather than within the looser bound of a left-to-right sum.
package enum NumPySum {
    /// The sum of `values` as NumPy computes it.
    package static func sum(_ values: UnsafeBufferPointer<Double>) -> Double {
        0.0 + pairwise(values, from: 0, count: values.count)
    }

    /// The sum of `values` as NumPy computes it.
    package static func sum(_ values: [Double]) -> Double {
        values.withUnsafeBufferPointer { sum($0) }
    }

    /// The mean as `ndarray.mean()` computes it: the NumPy-order sum over the count.
    package static func mean(_ values: [Double]) -> Double { sum(values) / Double(values.count) }

    private static func pairwise(_ values: UnsafeBufferPointer<Double>, from start: Int, count: Int) -> Double {
        if count < 8 {
            var result = 0.0
            for index in start..<(start + count) { result += values[index] }
            return result
        }
        if count <= 128 {
            var r0 = values[start]
            var r1 = values[start + 1]
            var r2 = values[start + 2]
            var r3 = values[start + 3]
            var r4 = values[start + 4]
            var r5 = values[start + 5]
            var r6 = values[start + 6]
            var r7 = values[start + 7]
            var index = start + 8
            let unrolledEnd = start + count - count % 8
            while index < unrolledEnd {
                r0 += values[index]
                r1 += values[index + 1]
                r2 += values[index + 2]
                r3 += values[index + 3]
                r4 += values[index + 4]
                r5 += values[index + 5]
                r6 += values[index + 6]
                r7 += values[index + 7]
                index += 8
            }
            var result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while index < start + count {
                result += values[index]
                index += 1
            }
            return result
        }
        var half = count / 2
        half -= half % 8
        return pairwise(values, from: start, count: half) + pairwise(values, from: start + half, count: count - half)
    }
}
