import GutSkinCore
import Testing

@Suite struct PairSelectionTests {
    @Test(arguments: 2...11)
    func stripesCoverEveryPairOnce(sampleCount n: Int) throws {
        var seen = Set<[Int]>()
        let stripeCount = PairSelection.stripeCount(n)
        for stripe in 0..<stripeCount {
            let selection = try PairSelection(sampleCount: n, stripes: stripe..<(stripe + 1))
            var slots = Set<Int>()
            for i in 0..<n {
                for j in 0..<n where i != j {
                    guard let slot = selection.slot(i, j) else { continue }
                    #expect(selection.slot(j, i) == slot, "slot must not depend on the order of the pair")
                    slots.insert(slot)
                    let (a, b) = selection.pair(atSlot: slot)
                    #expect(Set([a, b]) == Set([i, j]))
                    seen.insert([min(i, j), max(i, j)])
                }
            }
            #expect(slots == Set(0..<selection.pairCount))
        }
        #expect(seen.count == n * (n - 1) / 2)
    }

    @Test(arguments: 2...9)
    func completeSelectionUsesCondensedOrder(sampleCount n: Int) {
        let all = PairSelection.all(n)
        #expect(all.isComplete)
        #expect(all.pairCount == n * (n - 1) / 2)
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) {
                #expect(all.slot(i, j) == DistanceMatrix.condensedIndex(i, j, count: n))
            }
        }
    }

    @Test func slicesAreContiguousAndChecked() throws {
        let slice = try PairSelection(sampleCount: 10, stripes: 1..<4)
        #expect(slice.pairCount == 30)
        #expect(slice.slot(0, 1) == nil)  // stripe 0
        #expect(slice.slot(0, 2) == 0)  // stripe 1 starts at sample 0
        #expect(throws: PairSelectionError.self) { try PairSelection(sampleCount: 10, stripes: 3..<6) }
        #expect(try PairSelection(sampleCount: 10, stripes: 4..<5).pairCount == 5)
    }
}
