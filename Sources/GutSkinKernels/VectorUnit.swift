import CGutSkinVector

/// The vector unit this CPU offers to the kernels in `CGutSkinVector` (PERMANOVA's masked sums,
/// generalized UniFrac's α = 0.5 terms): 2 AVX-512, 1 AVX2 with FMA, 0 none (then Swift's own loops run).
enum VectorUnit {
    static let level = Int(gs_vector_level())
}
