/// One-dimensional Nelder–Mead minimisation on [0, ∞), step for step as SciPy 1.17's
/// `minimize(method="Nelder-Mead", bounds=[(0, None)], options={"xatol": 1e-8, "fatol": 1e-8})`
/// (`scipy/optimize/_optimize.py: _minimize_neldermead`): initial simplex {x₀, 1.05·x₀} (or
/// {0, 0.00025} when x₀ = 0), reflection ρ = 1, expansion χ = 2, contraction ψ = ½, shrink σ = ½,
/// every trial point clipped to the bounds, at most 200 iterations and 200 evaluations.
/// Nelder & Mead 1965, Comput J 7:308.
struct BoundedNelderMead {
    var absoluteTolerance = 1e-8
    var functionTolerance = 1e-8
    var maximumIterations = 200
    var maximumEvaluations = 200

    private struct EvaluationLimit: Error {}

    /// The minimiser SciPy returns (`result.x[0]`).
    func minimize(startingAt start: Double, _ objective: (Double) -> Double) -> Double {
        func clip(_ x: Double) -> Double { x < 0 ? 0 : x }  // NaN passes through, as np.clip
        var evaluations = 0
        func evaluate(_ x: Double) throws(EvaluationLimit) -> Double {
            guard evaluations < maximumEvaluations else { throw EvaluationLimit() }
            evaluations += 1
            return objective(x)
        }
        // np.argsort of two values: ascending, NaN last, ties keep order.
        func sort(_ simplex: inout (Double, Double), _ values: inout (Double, Double)) {
            if values.1 < values.0 || (values.0.isNaN && !values.1.isNaN) {
                swap(&simplex.0, &simplex.1)
                swap(&values.0, &values.1)
            }
        }
        let x0 = clip(start)
        var simplex = (x0, clip(x0 != 0 ? (1 + 0.05) * x0 : 0.00025))
        var values = (Double.infinity, Double.infinity)
        do {
            values.0 = try evaluate(simplex.0)
            values.1 = try evaluate(simplex.1)
        } catch {}
        sort(&simplex, &values)
        var iterations = 1
        while evaluations < maximumEvaluations && iterations < maximumIterations {
            do {
                if abs(simplex.1 - simplex.0) <= absoluteTolerance && abs(values.0 - values.1) <= functionTolerance {
                    break
                }
                let centroid = simplex.0
                let reflected = clip((1 + 1) * centroid - 1 * simplex.1)
                let reflectedValue = try evaluate(reflected)
                if reflectedValue < values.0 {
                    let expanded = clip((1 + 1 * 2) * centroid - 1 * 2 * simplex.1)
                    let expandedValue = try evaluate(expanded)
                    if expandedValue < reflectedValue {
                        simplex.1 = expanded
                        values.1 = expandedValue
                    } else {
                        simplex.1 = reflected
                        values.1 = reflectedValue
                    }
                } else if reflectedValue < values.0 {
                    // With one dimension fsim[-2] is fsim[0]; kept for the shape of SciPy's code.
                    simplex.1 = reflected
                    values.1 = reflectedValue
                } else {
                    var shrink = false
                    if reflectedValue < values.1 {
                        let contracted = clip((1 + 0.5 * 1) * centroid - 0.5 * 1 * simplex.1)
                        let contractedValue = try evaluate(contracted)
                        if contractedValue <= reflectedValue {
                            simplex.1 = contracted
                            values.1 = contractedValue
                        } else {
                            shrink = true
                        }
                    } else {
                        let inside = clip((1 - 0.5) * centroid + 0.5 * simplex.1)
                        let insideValue = try evaluate(inside)
                        if insideValue < values.1 {
                            simplex.1 = inside
                            values.1 = insideValue
                        } else {
                            shrink = true
                        }
                    }
                    if shrink {
                        simplex.1 = clip(simplex.0 + 0.5 * (simplex.1 - simplex.0))
                        values.1 = try evaluate(simplex.1)
                    }
                }
                iterations += 1
            } catch {}
            sort(&simplex, &values)
        }
        return simplex.0
    }
}
