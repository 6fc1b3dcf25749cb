/// Splitting a matrix's stripes into parts of nearly equal work, for `gutskin beta --plan N`.
extension PairSelection {
    /// Pairs in stripes `0..<stripe`: n per stripe, the last stripe of an even n holding n/2.
    public static func pairsBefore(stripe: Int, sampleCount n: Int) -> Int {
        let full = min(stripe, stripeCount(n))
        var pairs = full * n
        if n % 2 == 0, full == stripeCount(n), full > 0 { pairs -= n / 2 }
        return pairs
    }

    /// `parts` contiguous stripe ranges covering `0..<stripeCount`, each as close as whole stripes
    /// allow to `pairCount / parts` pairs: boundary k is the stripe whose cumulative pair count is
    /// nearest `k · pairs / parts` (so parts differ by at most about one stripe, n pairs). Balanced
    /// by pairs, not by rows: the half-size last stripe of an even n counts as half.
    public static func plan(parts: Int, sampleCount n: Int) throws(PairSelectionError) -> [Range<Int>] {
        let stripes = stripeCount(n)
        guard parts >= 1, parts <= stripes else { throw .cannotPlan(parts: parts, stripeCount: stripes) }
        let total = pairsBefore(stripe: stripes, sampleCount: n)
        var bounds = [0]
        for k in 1..<parts {
            // k · total / parts in full width, so no cohort size can overflow it.
            let (target, _) = parts.dividingFullWidth(total.multipliedFullWidth(by: k))
            var stripe = min(target / n, stripes)
            if stripe < stripes,
                abs(pairsBefore(stripe: stripe + 1, sampleCount: n) - target) < abs(pairsBefore(stripe: stripe, sampleCount: n) - target)
            {
                stripe += 1
            }
            // Every part keeps at least one stripe.
            stripe = max(bounds[k - 1] + 1, min(stripe, stripes - (parts - k)))
            bounds.append(stripe)
        }
        bounds.append(stripes)
        return (0..<parts).map { bounds[$0]..<bounds[$0 + 1] }
    }
}
