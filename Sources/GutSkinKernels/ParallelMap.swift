import Dispatch

/// Runs independent work items on all cores and gathers their results in order.
///
/// Each index is computed exactly once by `transform`, and results land in slot `index`, so the
/// output is the same whatever the number of threads.
enum Parallel {
    static func map<Result: Sendable>(
        count: Int, _ transform: @Sendable (Int) -> Result
    ) -> [Result] {
        let slots = ResultSlots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(transform(index), at: index)
        }
        return slots.take()
    }
}

/// Write-once-per-index storage shared by the worker threads of `Parallel.map`.
/// Safe because every index is written by exactly one iteration and read only after all finish.
private final class ResultSlots<Result>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    func store(_ result: Result, at index: Int) { buffer[index] = result }

    func take() -> [Result] { buffer.map { $0! } }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }
}
