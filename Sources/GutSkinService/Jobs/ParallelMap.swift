import Dispatch

/// `map` over every core at once (Dispatch's `concurrentPerform`), results in input order: a
/// batch job's samples are independent, so one job uses the whole machine.
enum ParallelMap {
    static func map<Element: Sendable, Value: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Value
    ) -> [Value] {
        guard elements.count > 1 else { return elements.map(transform) }
        var results = [Value?](repeating: nil, count: elements.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own slot, so the slots need no lock.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                slots[index] = transform(elements[index])
            }
        }
        return results.map { $0! }
    }
}
