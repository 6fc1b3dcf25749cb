/// The spatial (geometric) median of points by the modified Weiszfeld iteration of Vardi & Zhang
/// (2000), as scikit-bio's `geomedian_axis_one` (ported from hdmedians 0.14.2): start at the mean,
/// tolerance 1e-7, at most 500 iterations.
enum SpatialMedian {
    /// The median of the points `members` (row indices into the row-major n × dimensions `points`).
    static func median(of members: [Int], points: UnsafeBufferPointer<Double>, dimensions p: Int) -> [Double] {
        let eps = 1e-7
        let maximumIterations = 500
        let count = members.count
        var y = [Double](repeating: 0, count: p)
        for member in members { for j in 0..<p { y[j] += points[member * p + j] } }
        for j in 0..<p { y[j] /= Double(count) }
        if count == 1 { return y }
        var distances = [Double](repeating: 0, count: count)
        var inverse = [Double](repeating: 0, count: count)
        var next = [Double](repeating: 0, count: p)
        var weighted = [Double](repeating: 0, count: p)
        for _ in 0..<maximumIterations {
            var zeros = count
            var inverseSum = 0.0
            for (i, member) in members.enumerated() {
                var squared = 0.0
                for j in 0..<p {
                    let d = points[member * p + j] - y[j]
                    squared += d * d
                }
                let d = squared.squareRoot()
                distances[i] = d
                inverse[i] = Swift.abs(d) > eps ? 1 / d : 0
                if Swift.abs(d) > eps { zeros -= 1 }
            }
            if zeros == count { break }
            for value in inverse { inverseSum += value }
            for j in 0..<p {
                var total = 0.0
                for (i, member) in members.enumerated() where Swift.abs(distances[i]) > eps {
                    total += inverse[i] / inverseSum * points[member * p + j]
                }
                weighted[j] = total
            }
            if zeros == 0 {
                next = weighted
            } else {
                var squared = 0.0
                for j in 0..<p {
                    let r = (weighted[j] - y[j]) * inverseSum
                    squared += r * r
                }
                let r = squared.squareRoot()
                let rInverse = r > eps ? Double(zeros) / r : 0
                for j in 0..<p { next[j] = max(0, 1 - rInverse) * weighted[j] + min(1, rInverse) * y[j] }
            }
            var moved = 0.0
            for j in 0..<p {
                let d = y[j] - next[j]
                moved += d * d
            }
            if moved.squareRoot() < eps { break }
            y = next
        }
        return y
    }
}
