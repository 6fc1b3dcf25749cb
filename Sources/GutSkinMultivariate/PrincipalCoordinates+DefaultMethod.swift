extension PrincipalCoordinates.Method {
    /// The largest matrix decomposed exactly by default. Beyond it all axes no longer fit
    /// comfortably (the centred matrix and its eigenvectors are 2 × 8n² bytes: 6.4 GB at 20,000
    /// samples), so the default becomes a few axes by fast SVD, as Striped UniFrac's `--pcoa`
    /// and scikit-bio's large-matrix use do.
    public static let exactSampleLimit = 20_000

    /// The axes fast SVD keeps when the caller names none (ssu's `--pcoa` default).
    public static let defaultFastAxes = 10

    /// The method and axes for a matrix of `sampleCount` samples when the caller chooses neither
    /// method nor axes: every axis exactly up to `exactSampleLimit`, else `defaultFastAxes` by fsvd.
    /// An explicit `dimensions` is kept either way.
    public static func automatic(sampleCount: Int, dimensions: Int?) -> (method: Self, dimensions: Int?) {
        guard sampleCount > exactSampleLimit else { return (.eigh, dimensions) }
        return (.fsvd, dimensions ?? defaultFastAxes)
    }
}
