/// The reference samples' first two principal coordinates (PCoA of genus-level Bray–Curtis),
/// with what Gower's add-a-point formula needs to place a new sample among them without
/// recomputing the ordination (Gower 1968):
///
///     y_k = Σ_i x_ik (g_i − d_i²) / (2 λ_k)
///
/// where x_ik are the reference coordinates on axis k, λ_k its eigenvalue, d_i the new sample's
/// distance to reference sample i, and g_i the i-th diagonal entry of the Gower-centred matrix
/// −½ J D² J (a reference sample's squared distance from the centroid). A reference sample
/// placed this way lands exactly on its own coordinates.
public struct ReferenceMap: Sendable, Codable, Hashable {
    /// What the distances are, for the plot's caption.
    public var distance: String
    public var eigenvalues: [Double]
    public var proportionExplained: [Double]
    /// Per reference sample, its coordinates on the kept axes.
    public var coordinates: [[Double]]
    /// g_i, per reference sample.
    public var centredDiagonal: [Double]

    /// Coordinates of a new sample given its distances to every reference sample (in order).
    public func place(distances: [Double]) -> [Double] {
        eigenvalues.indices.map { axis in
            let eigenvalue = eigenvalues[axis]
            guard eigenvalue > 0 else { return 0 }
            var sum = 0.0
            for sample in distances.indices {
                sum += coordinates[sample][axis] * (centredDiagonal[sample] - distances[sample] * distances[sample])
            }
            return sum / (2 * eigenvalue)
        }
    }
}
