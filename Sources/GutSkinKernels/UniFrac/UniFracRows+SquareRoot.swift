#if arch(x86_64)
    import _Builtin_intrinsics.intel
#endif

extension UniFracKernel {
    /// Generalized UniFrac's terms for α = 0.5, the common choice (Chen et al. 2012), as
    /// `accumulateGeneralizedRow` computes them, term for term and bit for bit, for the entries of
    /// `entries` two at a time: square roots and divisions, which bound the kernel, run as SSE2's
    /// packed instructions (the x86-64 baseline). Returns the first entry not done (the last one
    /// of an odd count), for the caller's loop to finish.
    @inline(__always) static func accumulateSquareRootPairs(
        b: Double, u: Double, uPower: Double, entries: Range<Int>, samples: UnsafePointer<Int32>,
        proportions: UnsafePointer<Double>, powers: UnsafePointer<Double>,
        numerator num: UnsafeMutablePointer<Double>, denominator den: UnsafeMutablePointer<Double>
    ) -> Int {
        var entry = entries.lowerBound
        while entry + 2 <= entries.upperBound {
            let w = SIMD2(proportions[entry], proportions[entry + 1])
            let sum = u + w
            let sumPower = squareRoots(sum)
            let singles = uPower + SIMD2(powers[entry], powers[entry + 1])
            let difference = u - w
            let numeratorTerms = b * (quotients(sumPower * pointwiseMax(difference, -difference), sum) - singles)
            let denominatorTerms = b * (sumPower - singles)
            for lane in 0..<2 {
                let j = Int(samples[entry + lane])
                num[j] += numeratorTerms[lane]
                den[j] += denominatorTerms[lane]
            }
            entry += 2
        }
        return entry
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
