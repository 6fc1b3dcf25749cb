import CGutSkinVector

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The hot loops of `UniFracKernel`: one row's accumulation over the nodes sample i holds, and
/// the per-pair formula that turns the accumulated sums into a distance.
///
/// Every loop walks row i's items in a fixed order (post-order nodes, then complement nodes)
/// and, for each, the list entries after i — samples j > i holding the node, limited by `sweep`
/// (all j > i for a complete matrix; one window of a slice's stripes otherwise) — adding one
/// term to `numerator[j]` (and `denominator[j]`). Cost per row: the number of those entries.
extension UniFracKernel {
    /// Unweighted: `numerator[j] += b_v` for every low-prevalence node both hold, and for every
    /// high-prevalence node both lack (see `distance` for how the two combine).
    func accumulateSharedLengthRow(_ i: Int, sweep: UniFracRowSweep, into numerator: UnsafeMutableBufferPointer<Double>) {
        let e = embedding
        guard let acc = numerator.baseAddress, let samples = e.listSample.baseAddress else { return }
        let rowEnd = e.itemOffsets[i + 1]
        for item in e.itemOffsets[i]..<rowEnd {
            if let ahead = sweep.startAhead(of: item, rowEnd: rowEnd, in: e) { gs_prefetch(samples + ahead) }
            let b = e.itemLength[item]
            let entries = sweep.entries(ofItem: item, in: e)
            var entry = entries.lowerBound
            let end = entries.upperBound
            while entry < end {
                acc[Int(samples[entry])] += b
                entry += 1
            }
        }
    }

    /// Weighted: `numerator[j] += b_v · min(p_i(v), p_j(v))` for every node both hold.
    func accumulateSharedMinimumRow(_ i: Int, sweep: UniFracRowSweep, into numerator: UnsafeMutableBufferPointer<Double>) {
        let e = embedding
        guard let acc = numerator.baseAddress, let samples = e.listSample.baseAddress,
            let proportions = e.listProportion.baseAddress
        else { return }
        precondition(e.keepsProportions, "the embedding was built without proportions")
        let rowEnd = e.itemOffsets[i + 1]
        for item in e.itemOffsets[i]..<rowEnd {
            if let ahead = sweep.startAhead(of: item, rowEnd: rowEnd, in: e) {
                gs_prefetch(samples + ahead)
                gs_prefetch(proportions + ahead)
            }
            let b = e.itemLength[item]
            let u = e.itemProportion[item]
            let entries = sweep.entries(ofItem: item, in: e)
            var entry = entries.lowerBound
            let end = entries.upperBound
            while entry < end {
                let w = proportions[entry]
                acc[Int(samples[entry])] += b * (u < w ? u : w)
                entry += 1
            }
        }
    }

    /// Generalized: with s = p_i + p_j, `numerator[j] += b s^α |p_i − p_j| / s − (b p_i^α + b p_j^α)`
    /// and `denominator[j] += b s^α − (b p_i^α + b p_j^α)` for every node both hold (the
    /// embedding's powers carry their b).
    func accumulateGeneralizedRow(
        _ i: Int, sweep: UniFracRowSweep, alpha: Double, numerator: UnsafeMutableBufferPointer<Double>,
        denominator: UnsafeMutableBufferPointer<Double>
    ) {
        let e = embedding
        guard let num = numerator.baseAddress, let den = denominator.baseAddress,
            let samples = e.listSample.baseAddress, let proportions = e.listProportion.baseAddress,
            let powers = e.listPower.baseAddress
        else { return }
        precondition(e.keepsProportions, "the embedding was built without proportions")
        // Never a level this CPU lacks (the C kernel does not check).
        let level = min(vectorLevel, VectorUnit.level)
        let rowEnd = e.itemOffsets[i + 1]
        for item in e.itemOffsets[i]..<rowEnd {
            if let ahead = sweep.startAhead(of: item, rowEnd: rowEnd, in: e) {
                gs_prefetch(samples + ahead)
                gs_prefetch(proportions + ahead)
                gs_prefetch(powers + ahead)
            }
            let b = e.itemLength[item]
            let u = e.itemProportion[item]
            let uPower = e.itemPower[item]
            let entries = sweep.entries(ofItem: item, in: e)
            var entry = entries.lowerBound
            let end = entries.upperBound
            // α = 0.5: 8 or 4 entries at a time (AVX-512, AVX2) where the CPU has them, else one by
            // one, the same terms bit for bit.
            if alpha == 0.5 {
                if level > 0 {
                    entry = Int(
                        gs_generalized_half_entries(
                            Int32(level), b, u, uPower, Int64(entry), Int64(end), samples, proportions, powers, num, den))
                }
                while entry < end {
                    let terms = Self.halfPowerTerms(b: b, u: u, uPower: uPower, w: proportions[entry], wPower: powers[entry])
                    let j = Int(samples[entry])
                    num[j] += terms.numerator
                    den[j] += terms.denominator
                    entry += 1
                }
                continue
            }
            while entry < end {
                let w = proportions[entry]
                let sum = u + w
                let sumPower = Self.generalizedPower(sum, alpha)
                let singles = uPower + powers[entry]
                let j = Int(samples[entry])
                num[j] += b * sumPower * abs(u - w) / sum - singles
                den[j] += b * sumPower - singles
                entry += 1
            }
        }
    }

    /// s^α, with the common α = 1 and α = 0.5 without a call to `pow`.
    @inline(__always) static func generalizedPower(_ s: Double, _ alpha: Double) -> Double {
        if alpha == 1 { return s }
        if alpha == 0.5 { return s.squareRoot() }
        return pow(s, alpha)
    }

    /// Variance adjusted (Chang et al. 2011): each node's term is divided by
    /// `√(m_v (T_i + T_j − m_v))`, m_v = c_i(v) + c_j(v), and skipped when that is 0. Accumulates
    /// `both-term − only-i-term − only-j-term` for every node both hold; the only-terms' full
    /// sums are added in `distance`.
    func accumulateVarianceAdjustedRow(
        _ i: Int, sweep: UniFracRowSweep, numerator: UnsafeMutableBufferPointer<Double>, denominator: UnsafeMutableBufferPointer<Double>
    ) {
        let e = embedding
        guard let num = numerator.baseAddress, let den = denominator.baseAddress,
            let samples = e.listSample.baseAddress, let proportions = e.listProportion.baseAddress,
            let counts = e.listCount.baseAddress
        else { return }
        precondition(e.keepsCounts && e.keepsProportions, "the embedding was built without counts")
        let totalI = e.sampleTotal[i]
        e.sampleTotal.withUnsafeBufferPointer { totals in
            for item in e.itemOffsets[i]..<e.itemOffsets[i + 1] {
                let b = e.itemLength[item]
                let u = e.itemProportion[item]
                let countI = e.itemCount[item]
                let entries = sweep.entries(ofItem: item, in: e)
                var entry = entries.lowerBound
                let end = entries.upperBound
                while entry < end {
                    let j = Int(samples[entry])
                    let pairTotal = totalI + totals[j]
                    let w = proportions[entry]
                    let countJ = counts[entry]
                    let both = Self.varianceAdjustedBothTerms(
                        length: b, countI: countI, countJ: countJ, u: u, w: w, pairTotal: pairTotal, variant: variant)
                    let singles =
                        Self.varianceAdjustedOnlyTerm(length: b, count: countI, proportion: u, pairTotal: pairTotal, variant: variant)
                        + Self.varianceAdjustedOnlyTerm(length: b, count: countJ, proportion: w, pairTotal: pairTotal, variant: variant)
                    num[j] += both.numerator - singles
                    den[j] += both.denominator - singles
                    entry += 1
                }
            }
        }
    }

    /// A node held by both samples, variance adjusted: (numerator term, denominator term).
    @inline(__always) static func varianceAdjustedBothTerms(
        length b: Double, countI: Double, countJ: Double, u: Double, w: Double, pairTotal: Double, variant: UniFracVariant
    ) -> (numerator: Double, denominator: Double) {
        let held = countI + countJ
        let scale = (held * (pairTotal - held)).squareRoot()
        guard scale > 0 else { return (0, 0) }
        switch variant {
        case .unweighted, .unweightedUnnormalized: return (0, b / scale)
        case .weightedNormalized, .weightedUnnormalized: return (b * abs(u - w) / scale, b * (u + w) / scale)
        case .generalized(let alpha):
            let sum = (u + w) / scale
            let difference = abs(u - w) / scale
            let sumPower = generalizedPower(sum, alpha)
            return (b * sumPower / sum * difference, b * sumPower)
        }
    }

    /// A node held by one sample only (count c, proportion p), variance adjusted: the term it adds
    /// to both numerator and denominator.
    @inline(__always) static func varianceAdjustedOnlyTerm(
        length b: Double, count: Double, proportion p: Double, pairTotal: Double, variant: UniFracVariant
    ) -> Double {
        let scale = (count * (pairTotal - count)).squareRoot()
        guard scale > 0 else { return 0 }
        switch variant {
        case .unweighted, .unweightedUnnormalized: return b / scale
        case .weightedNormalized, .weightedUnnormalized: return b * p / scale
        case .generalized(let alpha): return b * generalizedPower(p / scale, alpha)
        }
    }

    /// Σ over the nodes `sample` holds of its only-term, for a pair whose totals add to `pairTotal`.
    static func varianceAdjustedOnlySum(
        _ e: UniFracEmbedding, sample: Int, pairTotal: Double, variant: UniFracVariant
    ) -> Double {
        var sum = 0.0
        for item in e.itemOffsets[sample]..<e.itemOffsets[sample + 1] {
            sum += varianceAdjustedOnlyTerm(
                length: e.itemLength[item], count: e.itemCount[item], proportion: e.itemProportion[item],
                pairTotal: pairTotal, variant: variant)
        }
        return sum
    }

    /// The variance-adjusted only-term sums of i against j and of j against i.
    func varianceAdjustedOnlySums(_ i: Int, _ j: Int) -> Double {
        let e = embedding
        if let table = onlyTermSums {
            let width = distinctTotals.count
            return table[i * width + totalIndex[j]] + table[j * width + totalIndex[i]]
        }
        let pairTotal = e.sampleTotal[i] + e.sampleTotal[j]
        return Self.varianceAdjustedOnlySum(e, sample: i, pairTotal: pairTotal, variant: variant)
            + Self.varianceAdjustedOnlySum(e, sample: j, pairTotal: pairTotal, variant: variant)
    }

    /// The distance of (i, j), i < j, from the row's accumulated sums.
    @inline(__always) func distance(_ i: Int, _ j: Int, numerator: Double, denominator: Double) -> Double {
        let e = embedding
        if varianceAdjusted {
            let singles = varianceAdjustedOnlySums(i, j)
            let top = max(0, singles + numerator)
            switch variant {
            case .unweightedUnnormalized, .weightedUnnormalized: return top
            case .unweighted, .weightedNormalized, .generalized:
                let bottom = singles + denominator
                return bottom > 0 ? top / bottom : 0
            }
        }
        switch variant {
        case .unweighted, .unweightedUnnormalized:
            let shared = numerator + ((e.highLength - e.absentHighLength[i]) - e.absentHighLength[j])
            let either = e.presentLength[i] + e.presentLength[j]
            let unique = max(0, either - 2 * shared)
            if case .unweightedUnnormalized = variant { return unique }
            let observed = either - shared
            return observed > 0 ? unique / observed : 0
        case .weightedUnnormalized:
            return max(0, e.weightedLength[i] + e.weightedLength[j] - 2 * numerator)
        case .weightedNormalized:
            let bottom = e.tipDepthWeight[i] + e.tipDepthWeight[j]
            return bottom > 0 ? max(0, e.weightedLength[i] + e.weightedLength[j] - 2 * numerator) / bottom : 0
        case .generalized:
            let singles = e.poweredLength[i] + e.poweredLength[j]
            let bottom = singles + denominator
            return bottom > 0 ? max(0, singles + numerator) / bottom : 0
        }
    }
}
