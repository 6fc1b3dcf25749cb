import Foundation

/// Shows how far long work has got on stderr — only when stderr is a terminal, only once the
/// work has run for a second, at most five times a second — and clears the line at the end.
final class ProgressReporter: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private let start = Date()
    private var lastShown = Date.distantPast
    private var shown = false
    private let lock = NSLock()

    init(label: String, quiet: Bool) {
        self.label = label
        enabled = !quiet && isatty(STDERR_FILENO) != 0
    }

    /// Reports the fraction done (0…1); cheap to call often, from any thread.
    func update(_ fraction: Double) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(start) >= 1, now.timeIntervalSince(lastShown) >= 0.2 else { return }
        lastShown = now
        shown = true
        let percent = Int((min(max(fraction, 0), 1) * 100).rounded(.down))
        FileHandle.standardError.write(Data("\r\u{1B}[K\(label): \(percent)% (\(Int(now.timeIntervalSince(start))) s)".utf8))
    }

    /// Clears the progress line, if one was shown.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}
