#if arch(x86_64)
    import _Builtin_intrinsics.intel
#endif

extension UniFracKernel {
    /// Generalized UniFrac with α = 0.5, the common choice (Chen et al. 2012), as
    /// `accumulateGeneralizedRow` computes it, term for term and bit for bit: square roots and
    /// divisions, which bound the kernel, are taken two entries at a time (SSE2's packed
    /// instructions, the x86-64 baseline), and each pair's terms are then added in the same order.
    func accumulateSquareRootRow(
        _ i: Int, window: Range<Int>, numerator num: UnsafeMutablePointer<Double>, denominator den: UnsafeMutablePointer<Double>
    ) {
        let e = embedding
        guard let samples = e.listSample.baseAddress, let proportions = e.listProportion.baseAddress,
            let powers = e.listPower.baseAddress
        else { return }
        for item in e.itemOffsets[i]..<e.itemOffsets[i + 1] {
            let b = e.itemLength[item]
            let u = e.itemProportion[item]
            let uPower = e.itemPower[item]
            let entries = e.entries(ofItem: item, row: i, within: window)
            var entry = entries.lowerBound
            let end = entries.upperBound
            while entry + 2 <= end {
                let w = SIMD2(proportions[entry], proportions[entry + 1])
                let sum = u + w
                let sumPower = Self.squareRoots(sum)
                let singles = uPower + SIMD2(powers[entry], powers[entry + 1])
                let difference = u - w
                let magnitude = pointwiseMax(difference, -difference)
                let numeratorTerms = b * (Self.quotients(sumPower * magnitude, sum) - singles)
                let denominatorTerms = b * (sumPower - singles)
                let first = Int(samples[entry])
                let second = Int(samples[entry + 1])
                num[first] += numeratorTerms[0]
                den[first] += denominatorTerms[0]
                num[second] += numeratorTerms[1]
                den[second] += denominatorTerms[1]
                entry += 2
            }
            if entry < end {
                let w = proportions[entry]
                let sum = u + w
                let sumPower = sum.squareRoot()
                let singles = uPower + powers[entry]
                let j = Int(samples[entry])
                num[j] += b * (sumPower * abs(u - w) / sum - singles)
                den[j] += b * (sumPower - singles)
            }
        }
    }

    /// Both lanes' square roots in one instruction where there is one (Swift's own
    /// `squareRoot()` on a SIMD vector goes lane by lane, through C's `sqrt`).
    @inline(__always) static func squareRoots(_ x: SIMD2<Double>) -> SIMD2<Double> {
        #if arch(x86_64)
            return _mm_sqrt_pd(x)
        #else
            return x.squareRoot()
        #endif
    }

    /// Both lanes' quotients in one instruction where there is one.
    @inline(__always) static func quotients(_ x: SIMD2<Double>, _ y: SIMD2<Double>) -> SIMD2<Double> {
        #if arch(x86_64)
            return _mm_div_pd(x, y)
        #else
            return x / y
        #endif
    }
}
