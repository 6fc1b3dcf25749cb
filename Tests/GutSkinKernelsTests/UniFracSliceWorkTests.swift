import GutSkinCore
import GutSkinFormats
import GutSkinKernels
import TestSupport
import Testing

/// A UniFrac slice sweeps only the list entries of the pairs it holds: on HMP (5,452 samples,
/// Greengenes tree) the four ranges of a 4-part plan add up to exactly the complete matrix's
/// pair updates, and none costs anywhere near the whole (as it did when slices swept whole rows).
@Suite struct UniFracSliceWorkTests {
    @Test func planQuartersShareTheWork() throws {
        guard let tablePath = SharedData.path("hmp-v35-even1k.biom"), let treePath = SharedData.path("gg-13_8-97_otus.tree.gz") else {
            return
        }
        let table = try FeatureTableFile.read(path: tablePath)
        let tree = try TreeFile.read(path: treePath)
        let n = table.sampleCount
        for variant in [UniFracVariant.unweighted, .weightedNormalized] {
            let kernel = try UniFracKernel(table: table, tree: tree, variant: variant)
            let whole = kernel.pairUpdateCount(for: .all(n))
            #expect(whole == kernel.pairUpdateCount)
            let quarters = try PairSelection.plan(parts: 4, sampleCount: n).map {
                kernel.pairUpdateCount(for: try PairSelection(sampleCount: n, stripes: $0))
            }
            let shares = quarters.map { Double($0) / Double(whole) }
            print("UniFrac \(variant) HMP: pair updates of the 4 planned quarters / whole = \(shares)")
            #expect(quarters.reduce(0, +) == whole)
            #expect(shares.allSatisfy { $0 > 0.1 && $0 < 0.45 })
        }
    }
}
