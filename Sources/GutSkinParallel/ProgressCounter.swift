import Foundation

/// Counts finished items of work from any thread. With a `total` and a `report`, each
/// `increment()` reports the fraction done (so a bounded number of times: once per item).
public final class ProgressCounter: @unchecked Sendable {
    private let total: Int
    private let report: (@Sendable (Double) -> Void)?
    private var finished = 0
    private let lock = NSLock()
    /// The largest count reported so far, under its own lock: reports never go backwards.
    private var reported = 0
    private let reportLock = NSLock()

    /// A counter of `total` items (at least 1 is assumed when computing fractions) that calls
    /// `report` with the fraction done after each increment; `report` nil only counts.
    public init(total: Int = 0, report: (@Sendable (Double) -> Void)? = nil) {
        self.total = total
        self.report = report
    }

    /// The number of items finished so far.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return finished
    }

    /// Counts one more finished item, reports the fraction done and returns the new count.
    /// Reports are in increasing order: one overtaken by a later count is skipped (two threads
    /// finishing together could otherwise report 2/64 before 1/64).
    @discardableResult
    public func increment() -> Int {
        lock.lock()
        finished += 1
        let now = finished
        lock.unlock()
        if let report {
            reportLock.lock()
            if now > reported {
                reported = now
                report(Double(now) / Double(max(total, 1)))
            }
            reportLock.unlock()
        }
        return now
    }
}
