extension UniFracKernel {
    /// Generalized UniFrac's terms for α = 0.5, the common choice (Chen et al. 2012), on a node
    /// both samples hold (branch length b, proportions u and w, and b√u, b√w): with s = u + w and
    /// y ≈ 1/√s, `(|u − w| (b y) − (b√u + b√w), s (b y) − (b√u + b√w))`, since
    /// s^α |u − w| / s = |u − w| / √s. This is the formula `gs_generalized_half_entries` runs 8 or 4 at a time,
    /// operation for operation (fused multiply-adds included), so every path gives the same bits.
    @inline(__always) static func halfPowerTerms(
        b: Double, u: Double, uPower: Double, w: Double, wPower: Double
    ) -> (numerator: Double, denominator: Double) {
        let s = u + w
        let y = reciprocalSquareRoot(s)
        let scaled = b * y
        let singles = uPower + wPower
        return ((-singles).addingProduct(abs(u - w), scaled), (-singles).addingProduct(s, scaled))
    }

    /// 1/√s for a positive normal s, within 2 ulp: the bit-pattern seed 0x5FE6EB50C7B537A9 −
    /// (bits >> 1) (at most 3.4 % off; Lomont 2003) refined by four Newton steps
    /// y ← y (1.5 − (s/2) y²), which need no divider (a square root and a division per term kept
    /// the kernel waiting on it). Integer and IEEE operations only, so every CPU gives these bits.
    @inline(__always) static func reciprocalSquareRoot(_ s: Double) -> Double {
        let half = 0.5 * s
        var y = Double(bitPattern: 0x5FE6_EB50_C7B5_37A9 &- (s.bitPattern >> 1))
        for _ in 0..<4 {
            y = y * (1.5).addingProduct(-half, y * y)
        }
        return y
    }
}
