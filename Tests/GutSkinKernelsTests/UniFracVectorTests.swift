import GutSkinCore
import GutSkinFormats
import TestSupport
import Testing

@testable import GutSkinKernels

/// Generalized UniFrac's α = 0.5 terms run 8 (AVX-512) or 4 (AVX2) at a time where the CPU has
/// them, the last partial vector masked or padded, else one by one: every path must give the same
/// distances, bit for bit, on real data (PGP, 436 samples, Greengenes tree) and on a synthetic
/// table whose node lists have every length from 1 to 90 (so every width's tail is taken).
@Suite struct UniFracVectorTests {
    /// A balanced tree over features f\(range), branch lengths varying with position.
    static func newick(_ range: Range<Int>) -> String {
        if range.count == 1 { return "f\(range.lowerBound):0.\(range.lowerBound % 7 + 1)" }
        let middle = (range.lowerBound + range.upperBound) / 2
        return "(\(newick(range.lowerBound..<middle)),\(newick(middle..<range.upperBound))):0.\(range.count % 5 + 1)"
    }

    /// `samples` × 48 counts where feature f is held by about (f + 1) / 48 of the samples: node
    /// lists of all lengths.
    static func syntheticTable(samples: Int, seed: UInt64) throws -> FeatureTable {
        let features = 48
        var generator = SeededRandomNumberGenerator(seed: seed)
        let dense = (0..<samples).map { _ in
            (0..<features).map { feature in
                Double.random(in: 0..<1, using: &generator) < Double(feature + 1) / Double(features)
                    ? Double(Int.random(in: 1...50, using: &generator)) : 0
            }
        }
        return try FeatureTable(
            sampleIDs: (0..<samples).map { "s\($0)" }, featureIDs: (0..<features).map { "f\($0)" }, dense: dense)
    }

    @Test func syntheticTableGivesTheSameBitsOnEveryPath() throws {
        let samples = 90
        let features = 48
        let table = try Self.syntheticTable(samples: samples, seed: 11)
        let tree = try Newick.parse(Self.newick(0..<features) + ";", file: "synthetic")
        var kernel = try UniFracKernel(table: table, tree: tree, variant: .generalized(alpha: 0.5))
        kernel.vectorLevel = 0
        let scalar = kernel.distances(for: .all(samples), threads: 2, progress: nil)
        for level in 1...max(1, VectorUnit.level) where level <= VectorUnit.level {
            kernel.vectorLevel = level
            let vector = kernel.distances(for: .all(samples), threads: 2, progress: nil)
            let differing = zip(vector, scalar).filter { $0.bitPattern != $1.bitPattern }.count
            #expect(differing == 0, "level \(level): \(differing) distances differ from the scalar path's")
        }
        // A level this CPU lacks is not used (no illegal instruction): the scalar bits again.
        kernel.vectorLevel = 3
        let clamped = kernel.distances(for: .all(samples), threads: 2, progress: nil)
        #expect(zip(clamped, scalar).allSatisfy { $0.bitPattern == $1.bitPattern })
        #expect(scalar.contains { $0 > 0 })
    }

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
            let differing = zip(vector, scalar).filter { $0.bitPattern != $1.bitPattern }.count
            #expect(differing == 0, "level \(level): \(differing) distances differ from the scalar path's")
        }
        #expect(scalar.contains { $0 > 0 })
    }
}

/// The embedding is built in blocks of samples on `threads` cores: one core and all of them must
/// give the same distances, bit for bit, for every variant.
@Suite struct UniFracEmbeddingThreadsTests {
    @Test func oneThreadAndAllGiveTheSameBits() throws {
        let samples = 70
        let features = 40
        var generator = SeededRandomNumberGenerator(seed: 12)
        let dense = (0..<samples).map { _ in
            (0..<features).map { _ in
                Double.random(in: 0..<1, using: &generator) < 0.4 ? Double(Int.random(in: 1...30, using: &generator)) : 0
            }
        }
        let table = try FeatureTable(
            sampleIDs: (0..<samples).map { "s\($0)" }, featureIDs: (0..<features).map { "f\($0)" }, dense: dense)
        let tree = try Newick.parse(UniFracVectorTests.newick(0..<features) + ";", file: "synthetic")
        for variant in [UniFracVariant.unweighted, .weightedNormalized, .generalized(alpha: 0.5)] {
            let one = try UniFracKernel(table: table, tree: tree, variant: variant, threads: 1)
                .distances(for: .all(samples), threads: 1, progress: nil)
            let all = try UniFracKernel(table: table, tree: tree, variant: variant)
                .distances(for: .all(samples), threads: nil, progress: nil)
            #expect(zip(one, all).allSatisfy { $0.bitPattern == $1.bitPattern }, "\(variant)")
            #expect(one.contains { $0 > 0 })
        }
    }
}
