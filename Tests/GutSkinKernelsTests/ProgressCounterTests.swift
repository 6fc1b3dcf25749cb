import Dispatch
import GutSkinParallel
import Testing

/// `ProgressCounter` (GutSkinParallel, which has no test target of its own; the kernels report
/// through it): reports from many threads at once never go backwards and end at 1.
@Suite struct ProgressCounterTests {
    @Test func reportsIncreaseWhateverTheThreads() {
        for _ in 0..<20 {
            let log = ProgressLog()
            let counter = ProgressCounter(total: 400) { log.append($0) }
            DispatchQueue.concurrentPerform(iterations: 400) { _ in counter.increment() }
            let fractions = log.values
            #expect(counter.count == 400)
            #expect(fractions == fractions.sorted() && Set(fractions).count == fractions.count)
            #expect(fractions.last == 1)
        }
    }
}
