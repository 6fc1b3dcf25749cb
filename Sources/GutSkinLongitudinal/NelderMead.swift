/// Nelder–Mead simplex minimisation in a few dimensions (Nelder & Mead 1965, Comput J 7:308),
/// with SciPy's defaults: initial simplex x₀ + 5% per coordinate (0.00025 for a zero one),
/// reflection 1, expansion 2, contraction ½, shrink ½. Used to bring the mixed model near its
/// optimum before Newton's method polishes it, so its tolerances need not be tight.
struct NelderMead {
    var absoluteTolerance = 1e-10
    var functionTolerance = 1e-12
    var maximumIterations = 4000

    func minimize(startingAt start: [Double], _ objective: ([Double]) -> Double) -> [Double] {
        let n = start.count
        var simplex = [start]
        for k in 0..<n {
            var point = start
            point[k] = point[k] != 0 ? 1.05 * point[k] : 0.00025
            simplex.append(point)
        }
        var values = simplex.map(objective)
        for _ in 0..<maximumIterations {
            let order = values.indices.sorted { values[$0] < values[$1] }
            simplex = order.map { simplex[$0] }
            values = order.map { values[$0] }
            let spread = simplex.dropFirst().map { point in zip(point, simplex[0]).map { abs($0 - $1) }.max() ?? 0 }.max() ?? 0
            if spread <= absoluteTolerance && (values.last! - values[0]) <= functionTolerance * max(1, abs(values[0])) { break }
            var centroid = [Double](repeating: 0, count: n)
            for point in simplex.dropLast() { for k in 0..<n { centroid[k] += point[k] / Double(n) } }
            func along(_ factor: Double) -> [Double] { (0..<n).map { centroid[$0] + factor * (simplex[n][$0] - centroid[$0]) } }
            let reflected = along(-1)
            let reflectedValue = objective(reflected)
            if reflectedValue < values[0] {
                let expanded = along(-2)
                let expandedValue = objective(expanded)
                (simplex[n], values[n]) = expandedValue < reflectedValue ? (expanded, expandedValue) : (reflected, reflectedValue)
            } else if reflectedValue < values[n - 1] {
                (simplex[n], values[n]) = (reflected, reflectedValue)
            } else {
                let contracted = reflectedValue < values[n] ? along(-0.5) : along(0.5)
                let contractedValue = objective(contracted)
                if contractedValue < min(reflectedValue, values[n]) {
                    (simplex[n], values[n]) = (contracted, contractedValue)
                } else {
                    for k in 1...n {
                        simplex[k] = (0..<n).map { simplex[0][$0] + 0.5 * (simplex[k][$0] - simplex[0][$0]) }
                        values[k] = objective(simplex[k])
                    }
                }
            }
        }
        let best = values.indices.min { values[$0] < values[$1] }!
        return simplex[best]
    }
}
