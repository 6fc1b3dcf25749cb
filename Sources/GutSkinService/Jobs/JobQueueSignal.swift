import Foundation
import Synchronization

/// Wakes this process's idle job workers when an upload here queues a job, so a job starts at
/// once instead of after the workers' next poll (they still poll, for jobs queued by other servers
/// and claims whose lease ran out). A notification before a worker starts waiting is not lost: the
/// worker passes the generation it saw before its last look at the queue.
final class JobQueueSignal: Sendable {
    private struct State {
        var generation = 0
        var waiters: [UUID: CheckedContinuation<Void, Never>] = [:]
        /// Waits whose waiter has run (registered or resumed at once).
        var registered: Set<UUID> = []
        /// Waits that ended (by timeout) before their waiter ran.
        var ended: Set<UUID> = []
    }

    private let state = Mutex(State())

    /// Counts notifications so far; pass it to `wait`.
    var generation: Int { state.withLock { $0.generation } }

    /// A job was queued: wakes every waiting worker.
    func notify() {
        let waiters = state.withLock { state in
            state.generation += 1
            defer { state.waiters = [:] }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Returns after `timeout`, or at once when a notification came after `generation`.
    func wait(since generation: Int, timeout: Duration) async {
        let id = UUID()
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await Task.sleep(for: timeout) }
            group.addTask {
                await withCheckedContinuation { continuation in
                    let resumeNow = self.state.withLock { state in
                        if state.ended.remove(id) != nil { return true }
                        state.registered.insert(id)
                        guard state.generation == generation else { return true }
                        state.waiters[id] = continuation
                        return false
                    }
                    if resumeNow { continuation.resume() }
                }
            }
            await group.next()
            group.cancelAll()
            // The waiter must end too: resumed if registered, else told not to wait when it registers.
            let waiter = state.withLock { state in
                let waiter = state.waiters.removeValue(forKey: id)
                if state.registered.remove(id) == nil { state.ended.insert(id) }
                return waiter
            }
            waiter?.resume()
        }
    }
}
