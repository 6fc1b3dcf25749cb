import GutSkinCore
import GutSkinFormats
import TestSupport
import Testing

@testable import GutSkinKernels

/// A slice's windows are found for all rows in one pass along the node lists; each row item's
/// entries in each window must be exactly those a binary search of the item's list finds (with
/// one thread and with two) — on a synthetic table whose lists have every length, for presence
/// metrics (with absent lists) and weighted ones, over slices of every shape (first stripes,
/// middle, last, one stripe, odd n) — and each slice's distances must be the complete matrix's bits.
@Suite struct UniFracSliceWindowsTests {
    /// The windows of a selection hold exactly its pairs: every pair (i < j) whose stripe is
    /// selected lies in one window of row i, and no window holds another pair.
    @Test(arguments: [2, 3, 9, 10, 90, 91])
    func windowsHoldExactlyTheSelectedPairs(samples: Int) throws {
        let stripeCount = PairSelection.stripeCount(samples)
        for first in 0..<stripeCount {
            for last in (first + 1)...stripeCount where samples < 20 || last - first <= 3 || last == stripeCount {
                let selection = try PairSelection(sampleCount: samples, stripes: first..<last)
                var covered = 0
                for i in 0..<samples {
                    var seen = Set<Int>()
                    for offsets in selection.laterOffsets {
                        for j in selection.laterSamples(row: i, offsets: offsets) {
                            #expect(j > i && seen.insert(j).inserted, "n=\(samples) \(first)..<\(last): (\(i), \(j)) twice or not after i")
                            #expect(selection.slot(i, j) != nil, "n=\(samples) \(first)..<\(last): (\(i), \(j)) is not selected")
                            covered += 1
                        }
                    }
                }
                #expect(covered == selection.pairCount, "n=\(samples) \(first)..<\(last): \(covered) of \(selection.pairCount) pairs")
            }
        }
    }

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
                let complete = kernel.distances(for: .all(samples), threads: 2, progress: nil)
                #expect(variant != .unweighted || e.complementNodeCount > 0, "the table should have absent lists to test")
                for stripes in slices {
                    let selection = try PairSelection(sampleCount: samples, stripes: stripes)
                    let windows = UniFracSliceWindows(embedding: e, offsets: selection.laterOffsets, threads: 2)
                    let oneThread = UniFracSliceWindows(embedding: e, offsets: selection.laterOffsets, threads: 1)
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
                                if found != low..<high || oneThread.sweep(window: window).entries(ofItem: item, in: e) != found {
                                    mismatches += 1
                                }
                                entries += found.count
                            }
                        }
                    }
                    withExtendedLifetime((windows, oneThread)) {}
                    #expect(mismatches == 0, "\(variant) n=\(samples) stripes \(stripes): \(mismatches) windows differ")
                    #expect(entries > 0)
                    // The slice's distances are the complete matrix's, bit for bit.
                    let part = kernel.distances(for: selection, threads: 2, progress: nil)
                    var differing = 0
                    for slot in part.indices {
                        let (i, j) = selection.pair(atSlot: slot)
                        let (a, b) = i < j ? (i, j) : (j, i)
                        if part[slot].bitPattern != complete[PairSelection.all(samples).slot(a, b)!].bitPattern { differing += 1 }
                    }
                    #expect(
                        differing == 0, "\(variant) n=\(samples) stripes \(stripes): \(differing) distances differ from the whole matrix")
                }
            }
        }
    }
}
