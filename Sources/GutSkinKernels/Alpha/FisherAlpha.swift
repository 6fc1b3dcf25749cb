#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Fisher's α solved the way scikit-bio 0.7.4 solves it, so the two agree to rounding.
///
/// scikit-bio minimises f(α) = (α ln(1 + N/α) − S)² (∞ for α ≤ 0) with SciPy's
/// `minimize_scalar(f)`: a downhill bracket search from (0, 1) (`scipy.optimize.bracket`) and
/// Brent's parabolic/golden-section minimiser with a relative x tolerance of 1.48e-8
/// (`scipy.optimize.Brent`, SciPy 1.17). Its answer can differ from the exact root by up to about
/// 1e-8 relative, so an exact root finder would disagree with scikit-bio in the ninth digit; this
/// repeats SciPy's steps instead, operation for operation.
enum FisherAlpha {
    /// Why the minimiser gave no answer (scikit-bio raises "Optimizer failed to solve for Fisher's alpha").
    struct NoSolution: Error {}

    /// α for `observed` features and `total` reads; +∞ when every feature is a singleton.
    static func solve(observed: Double, total: Double) throws(NoSolution) -> Double {
        if total == observed { return .infinity }
        let objective = { (x: Double) -> Double in
            guard x > 0 else { return .infinity }
            let gap = x * log(1 + total / x) - observed
            return gap * gap
        }
        let bracket = try bracketMinimum(objective)
        let (x, fx, iterations) = brent(objective, bracket: bracket)
        guard iterations < 500, !x.isNaN, !fx.isNaN else { throw NoSolution() }
        return x
    }

    typealias Bracket = (xa: Double, xb: Double, xc: Double, fa: Double, fb: Double, fc: Double)

    /// `scipy.optimize.bracket(f, xa=0, xb=1, grow_limit=110, maxiter=1000)`.
    static func bracketMinimum(_ f: (Double) -> Double) throws(NoSolution) -> Bracket {
        let gold = 1.618034
        let verySmall = 1e-21
        let growLimit = 110.0
        let maxIterations = 1000
        var xa = 0.0
        var xb = 1.0
        var fa = f(xa)
        var fb = f(xb)
        if fa < fb {
            swap(&xa, &xb)
            swap(&fa, &fb)
        }
        var xc = xb + gold * (xb - xa)
        var fc = f(xc)
        var iteration = 0
        while fc < fb {
            let tmp1 = (xb - xa) * (fb - fc)
            let tmp2 = (xb - xc) * (fb - fa)
            let val = tmp2 - tmp1
            let denominator = abs(val) < verySmall ? 2.0 * verySmall : 2.0 * val
            var w = xb - ((xb - xc) * tmp2 - (xb - xa) * tmp1) / denominator
            let wlim = xb + growLimit * (xc - xb)
            if iteration > maxIterations { throw NoSolution() }
            iteration += 1
            var fw: Double
            if (w - xc) * (xb - w) > 0.0 {
                fw = f(w)
                if fw < fc {
                    xa = xb
                    xb = w
                    fa = fb
                    fb = fw
                    return try validated((xa, xb, xc, fa, fb, fc))
                } else if fw > fb {
                    xc = w
                    fc = fw
                    return try validated((xa, xb, xc, fa, fb, fc))
                }
                w = xc + gold * (xc - xb)
                fw = f(w)
            } else if (w - wlim) * (wlim - xc) >= 0.0 {
                w = wlim
                fw = f(w)
            } else if (w - wlim) * (xc - w) > 0.0 {
                fw = f(w)
                if fw < fc {
                    xb = xc
                    xc = w
                    w = xc + gold * (xc - xb)
                    fb = fc
                    fc = fw
                    fw = f(w)
                }
            } else {
                w = xc + gold * (xc - xb)
                fw = f(w)
            }
            xa = xb
            xb = xc
            xc = w
            fa = fb
            fb = fc
            fc = fw
        }
        return try validated((xa, xb, xc, fa, fb, fc))
    }

    /// SciPy's three conditions for a valid bracket; `minimize_scalar` reports failure otherwise.
    private static func validated(_ b: Bracket) throws(NoSolution) -> Bracket {
        let lowest = (b.fb < b.fc && b.fb <= b.fa) || (b.fb < b.fa && b.fb <= b.fc)
        let ordered = (b.xa < b.xb && b.xb < b.xc) || (b.xc < b.xb && b.xb < b.xa)
        guard lowest, ordered, b.xa.isFinite, b.xb.isFinite, b.xc.isFinite else { throw NoSolution() }
        return b
    }

    /// `scipy.optimize.Brent(tol=1.48e-8, maxiter=500).optimize()` from a bracket: the minimiser,
    /// its value and the number of iterations.
    static func brent(_ f: (Double) -> Double, bracket: Bracket) -> (x: Double, fx: Double, iterations: Int) {
        let tolerance = 1.48e-8
        let minimumTolerance = 1.0e-11
        let golden = 0.3819660
        let maxIterations = 500
        var x = bracket.xb
        var w = bracket.xb
        var v = bracket.xb
        var fx = bracket.fb
        var fw = bracket.fb
        var fv = bracket.fb
        var (a, b) = bracket.xa < bracket.xc ? (bracket.xa, bracket.xc) : (bracket.xc, bracket.xa)
        var deltax = 0.0
        var rat = 0.0
        var iteration = 0
        while iteration < maxIterations {
            let tol1 = tolerance * abs(x) + minimumTolerance
            let tol2 = 2.0 * tol1
            let xmid = 0.5 * (a + b)
            if abs(x - xmid) < (tol2 - 0.5 * (b - a)) { break }
            if abs(deltax) <= tol1 {
                deltax = x >= xmid ? a - x : b - x
                rat = golden * deltax
            } else {
                let tmp1 = (x - w) * (fx - fv)
                var tmp2 = (x - v) * (fx - fw)
                var p = (x - v) * tmp2 - (x - w) * tmp1
                tmp2 = 2.0 * (tmp2 - tmp1)
                if tmp2 > 0.0 { p = -p }
                tmp2 = abs(tmp2)
                let previousDelta = deltax
                deltax = rat
                if p > tmp2 * (a - x) && p < tmp2 * (b - x) && abs(p) < abs(0.5 * tmp2 * previousDelta) {
                    rat = p * 1.0 / tmp2
                    let u = x + rat
                    if (u - a) < tol2 || (b - u) < tol2 {
                        rat = xmid - x >= 0 ? tol1 : -tol1
                    }
                } else {
                    deltax = x >= xmid ? a - x : b - x
                    rat = golden * deltax
                }
            }
            let u = abs(rat) < tol1 ? (rat >= 0 ? x + tol1 : x - tol1) : x + rat
            let fu = f(u)
            if fu > fx {
                if u < x { a = u } else { b = u }
                if fu <= fw || w == x {
                    v = w
                    w = u
                    fv = fw
                    fw = fu
                } else if fu <= fv || v == x || v == w {
                    v = u
                    fv = fu
                }
            } else {
                if u >= x { a = x } else { b = x }
                v = w
                w = x
                x = u
                fv = fw
                fw = fx
                fx = fu
            }
            iteration += 1
        }
        return (x, fx, iteration)
    }
}
