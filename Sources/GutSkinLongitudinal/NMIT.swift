import CLAPACK
import Foundation
import GutSkinCore

/// The matrix norm NMIT measures the difference of two individuals' networks with.
public enum NetworkDistanceMethod: String, Sendable, CaseIterable {
    /// Frobenius: √Σ d²ᵢⱼ.
    case fro
    /// Nuclear: Σ singular values (for the symmetric difference, Σ |eigenvalues|; LAPACK `dsyev`).
    case nuc
}

/// Nonparametric microbial interdependence test (Zhang et al. 2017, doi:10.1002/gepi.22065), as
/// q2-longitudinal's `nmit`: per individual, the feature × feature correlation over that
/// individual's samples (`FeatureCorrelationMethod`, NaN → 0); between two individuals, the norm of
/// the difference of their matrices. The matrix's ids are each individual's first sample id in
/// metadata order (q2-longitudinal's `drop_duplicates().index`), so the metadata serves `permanova`.
public enum NMIT {
    public static func distances(
        table: FeatureTable, tableFile: String, metadata: SampleMetadata, metadataFile: String, individualColumn: String,
        correlation: FeatureCorrelationMethod, distance: NetworkDistanceMethod
    ) throws -> DistanceMatrix {
        let missing = table.sampleIDs.filter { metadata.row(of: $0) == nil }
        guard missing.isEmpty else { throw LongitudinalError.samplesMissingFromMetadata(file: tableFile, samples: missing) }
        guard let column = metadata.column(named: individualColumn) else {
            throw LongitudinalError.missingColumn(file: metadataFile, column: individualColumn)
        }
        let inTable = Set(table.sampleIDs)
        let dense = table.denseRows
        let rowOfSample = Dictionary(table.sampleIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var order = [String]()
        var firstSample = [String: String]()
        var samplesOf = [String: [Int]]()
        for (row, id) in metadata.ids.enumerated() where inTable.contains(id) {
            guard let individual = column.values[row] else {
                throw LongitudinalError.notNumeric(file: metadataFile, column: individualColumn, sample: id, value: "(missing)")
            }
            if firstSample[individual] == nil {
                order.append(individual)
                firstSample[individual] = id
            }
            samplesOf[individual, default: []].append(rowOfSample[id]!)
        }
        // pandas' groupby keeps the table's row order within each individual.
        let networks = order.map { individual in correlation.matrix(samplesOf[individual]!.sorted().map { dense[$0] }) }
        let features = table.featureCount
        let n = order.count
        var condensed = [Double]()
        condensed.reserveCapacity(n * (n - 1) / 2)
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) {
                if distance == .fro {
                    condensed.append(frobenius(networks[i], networks[j]))
                } else {
                    condensed.append(try nuclear(zip(networks[i], networks[j]).map { $0 - $1 }, size: features))
                }
            }
        }
        return try DistanceMatrix(ids: order.map { firstSample[$0]! }, condensed: condensed)
    }

    /// ‖A − B‖_F without forming A − B (one pass over both, in order).
    static func frobenius(_ a: [Double], _ b: [Double]) -> Double {
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                var sum = 0.0
                for k in 0..<x.count {
                    let d = x[k] - y[k]
                    sum += d * d
                }
                return sum.squareRoot()
            }
        }
    }

    static func nuclear(_ values: [Double], size n: Int) throws -> Double {
        guard n > 0 else { return 0 }
        var matrix = values
        var eigenvalues = [Double](repeating: 0, count: n)
        let status = LAPACKE_dsyev(
            LAPACK_COL_MAJOR, Int8(UInt8(ascii: "N")), Int8(UInt8(ascii: "L")), Int32(n), &matrix, Int32(n), &eigenvalues)
        guard status == 0 else { throw LongitudinalError.linearAlgebraFailed(routine: "dsyev", status: Int(status)) }
        return eigenvalues.reduce(0) { $0 + abs($1) }
    }
}
