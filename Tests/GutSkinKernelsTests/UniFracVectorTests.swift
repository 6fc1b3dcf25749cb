import GutSkinCore
import GutSkinFormats
import TestSupport
import Testing

@testable import GutSkinKernels

/// Generalized UniFrac's α = 0.5 terms run 8 (AVX-512) or 4 (AVX2) at a time where the CPU has
/// them, else 2 at a time (SSE2) and one by one: every path must give the same distances, bit
/// for bit, on real data (PGP, 436 samples, Greengenes tree).
@Suite struct UniFracVectorTests {
    @Test func everyVectorPathGivesTheSameBits() throws {
        guard let tablePath = SharedData.path("pgp.biom"), let treePath = SharedData.path("gg-13_8-97_otus.tree.gz") else { return }
        let table = try FeatureTableFile.read(path: tablePath)
        let tree = try TreeFile.read(path: treePath)
        var kernel = try UniFracKernel(table: table, tree: tree, variant: .generalized(alpha: 0.5))
        let n = table.sampleCount
        kernel.vectorLevel = 0
        let scalar = kernel.distances(for: .all(n), threads: 2, progress: nil)
        print("UniFracVectorTests: vector level on this CPU \(VectorUnit.level) (2 AVX-512, 1 AVX2, 0 none)")
        for level in 1...max(1, VectorUnit.level) where level <= VectorUnit.level {
            kernel.vectorLevel = level
            let vector = kernel.distances(for: .all(n), threads: 2, progress: nil)
            #expect(vector.map(\.bitPattern) == scalar.map(\.bitPattern), "level \(level) differs from the scalar path")
        }
        #expect(scalar.contains { $0 > 0 })
    }
}
