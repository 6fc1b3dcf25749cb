import Foundation
import GutSkinCore

/// Compositional transforms as `skbio.stats.composition` computes them, on one sample's vector.
/// Sums use NumPy's order (`NumPySum`) so results match scikit-bio to the last bit or two.
public enum Composition {
    /// Divides by the total, so the parts sum to 1 (skbio `closure`). An all-zero vector gives NaNs.
    public static func closure(_ values: [Double]) -> [Double] {
        let total = NumPySum.sum(values)
        return values.map { $0 / total }
    }

    /// Replaces zeros with `delta` (default 1/D², D the number of parts) and shrinks the non-zero
    /// parts so the composition still sums to 1 (skbio `multi_replace`; Martín-Fernández et al.
    /// 2003, doi:10.1023/A:1023866030544). Throws when `delta` is so large a part would go negative.
    public static func multiplicativeReplacement(_ values: [Double], delta: Double? = nil) throws(CompositionError) -> [Double] {
        let parts = closure(values)
        let delta = delta ?? (1.0 / Double(parts.count)) * (1.0 / Double(parts.count))
        let zeros = Double(parts.reduce(0) { $0 + ($1 == 0 ? 1 : 0) })
        let scale = 1 - zeros * delta
        guard scale >= 0 else { throw .negativeAfterReplacement(delta: delta) }
        return parts.map { $0 == 0 ? delta : scale * $0 }
    }

    /// Centred log-ratio: ln xᵢ − mean(ln x) (Aitchison 1986). Parts must be positive.
    public static func clr(_ values: [Double]) -> [Double] {
        let logs = values.map { log($0) }
        let mean = NumPySum.sum(logs) / Double(logs.count)
        return logs.map { $0 - mean }
    }

    /// Robust CLR: the CLR over the observed (positive) parts only; unobserved parts are `nil`
    /// (skbio `rclr`, which gives NaN there; Martino et al. 2019, doi:10.1128/mSystems.00016-19).
    public static func robustCLR(_ values: [Double]) -> [Double?] {
        let logs = values.map { $0 > 0 ? log($0) : 0 }
        let observed = values.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        let mean = NumPySum.sum(logs) / Double(observed)
        return zip(values, logs).map { value, logValue in value > 0 ? logValue - mean : nil }
    }
}

/// A compositional transform that cannot be applied.
public enum CompositionError: Error, CustomStringConvertible, Equatable {
    case negativeAfterReplacement(delta: Double)

    public var description: String {
        switch self {
        case .negativeAfterReplacement(let delta):
            return "multiplicative replacement with delta \(delta) would make proportions negative; use a smaller delta"
        }
    }
}
