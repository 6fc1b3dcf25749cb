import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs independent work items on several threads and gathers their results in order.
///
/// Each index is computed exactly once by `transform`, and its result lands in slot `index`, so
/// the output is the same whatever the number of threads.
public enum Parallel {
    /// The number of threads to use when the caller does not say: the active processor count.
    public static var defaultThreadCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// `transform(0..<count)` on `threads` threads (default: all cores), results in index order.
    public static func map<Result: Sendable>(
        count: Int, threads: Int? = nil, _ transform: @Sendable (Int) -> Result
    ) -> [Result] {
        let slots = ResultSlots<Result>(count: count)
        forEach(count: count, threads: threads) { index in slots.store(transform(index), at: index) }
        return slots.take()
    }

    /// Runs `body(0..<count)` on `threads` threads; indices are dealt round-robin to workers.
    public static func forEach(count: Int, threads: Int? = nil, _ body: @Sendable (Int) -> Void) {
        let workers = max(1, min(threads ?? defaultThreadCount, count))
        if workers == 1 {
            for index in 0..<count { body(index) }
            return
        }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: count, by: workers) { body(index) }
        }
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
