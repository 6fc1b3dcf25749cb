import Dispatch

/// The output buffer shared by a kernel's worker threads; each slot is written by exactly one
/// of them, so no two threads touch the same memory.
struct SharedOutput: @unchecked Sendable {
    let base: UnsafeMutablePointer<Double>
}

/// Counts finished blocks of work and reports the fraction done once per block (so a bounded
/// number of times), from any thread.
final class BlockProgress: @unchecked Sendable {
    private let total: Int
    private let report: (@Sendable (Double) -> Void)?
    private var finished = 0
    private let queue = DispatchQueue(label: "gutskin.kernel.progress")

    init(total: Int, report: (@Sendable (Double) -> Void)?) {
        self.total = total
        self.report = report
    }

    func finishOne() {
        guard let report else { return }
        let fraction: Double = queue.sync {
            finished += 1
            return Double(finished) / Double(max(total, 1))
        }
        report(fraction)
    }
}
