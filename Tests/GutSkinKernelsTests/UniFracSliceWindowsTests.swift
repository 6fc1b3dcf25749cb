import GutSkinCore
import GutSkinFormats
import TestSupport
import Testing

@testable import GutSkinKernels

/// A slice's windows are found for all rows in one pass along the node lists; each row item's
/// entries in each window must be exactly those a binary search of the item's list finds — on a
/// synthetic table whose lists have every length, for presence metrics (with absent lists) and
/// weighted ones, over slices of every shape (first stripes, middle, last, one stripe, odd n).
@Suite struct UniFracSliceWindowsTests {
    @Test func windowsMatchBinarySearch() throws {
        for samples in [90, 91] {
            let features = 48
            let table = try UniFracVectorTests.syntheticTable(samples: samples, seed: 7)
            let tree = try Newick.parse(UniFracVectorTests.newick(0..<features) + ";", file: "synthetic")
            let stripeCount = PairSelection.stripeCount(samples)
            let slices = [0..<1, 0..<11, 11..<30, 30..<stripeCount, (stripeCount - 1)..<stripeCount, 5..<6]
            for variant in [UniFracVariant.unweighted, .weightedNormalized] {
                let kernel = try UniFracKernel(table: table, tree: tree, variant: variant)
                let e = kernel.embedding
                #expect(variant != .unweighted || e.complementNodeCount > 0, "the table should have absent lists to test")
                for stripes in slices {
                    let selection = try PairSelection(sampleCount: samples, stripes: stripes)
                    let windows = UniFracSliceWindows(embedding: e, offsets: selection.laterOffsets, threads: 2)
                    var mismatches = 0
                    var entries = 0
                    for row in 0..<samples {
                        for (window, offsets) in selection.laterOffsets.enumerated() {
                            let later = selection.laterSamples(row: row, offsets: offsets)
                            guard row < windows.rowLimits[window] else {
                                #expect(later.isEmpty, "row \(row) is past window \(window)'s rows but has samples in it")
                                continue
                            }
                            let sweep = windows.sweep(window: window)
                            for item in e.itemOffsets[row]..<e.itemOffsets[row + 1] {
                                let start = e.itemStart[item]
                                let end = e.itemEnd[item]
                                let base = e.listSample.baseAddress!
                                let low = SortedSampleSearch.firstPosition(in: base, from: start, to: end, atLeast: later.lowerBound)
                                let high = SortedSampleSearch.firstPosition(in: base, from: low, to: end, atLeast: later.upperBound)
                                let found = sweep.entries(ofItem: item, in: e)
                                if found != low..<high { mismatches += 1 }
                                entries += found.count
                            }
                        }
                    }
                    #expect(mismatches == 0, "\(variant) n=\(samples) stripes \(stripes): \(mismatches) windows differ")
                    #expect(entries > 0)
                }
            }
        }
    }
}
