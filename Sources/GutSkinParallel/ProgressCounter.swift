import Foundation

/// Counts finished items of work from any thread. With a `total` and a `report`, each
/// `increment()` reports the fraction done (so a bounded number of times: once per item).
public final class ProgressCounter: @unchecked Sendable {
    private let total: Int
    private let report: (@Sendable (Double) -> Void)?
    private var finished = 0
    private let lock = NSLock()

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

    /// Counts one more finished item, reports the fraction done (outside the lock) and returns
    /// the new count.
    @discardableResult
    public func increment() -> Int {
        lock.lock()
        finished += 1
        let now = finished
        lock.unlock()
        report?(Double(now) / Double(max(total, 1)))
        return now
    }
}
