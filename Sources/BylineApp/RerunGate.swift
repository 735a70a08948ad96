import Synchronization

/// Background work that runs on one thread at a time: a request while it runs is remembered
/// and served by one more run when it ends, so a burst of requests costs at most two runs.
final class RerunGate: Sendable {
    private struct Status {
        var running = false
        var again = false
        var closed = false
    }

    private let status = Mutex(Status())

    var isRunning: Bool { status.withLock { $0.running } }

    /// True when the caller is to start a run now; false when one runs already (it will run
    /// once more) or the gate is closed.
    func enter() -> Bool {
        status.withLock { status in
            guard !status.closed else { return false }
            if status.running {
                status.again = true
                return false
            }
            status.running = true
            return true
        }
    }

    /// At the end of a run: true when it is to run again, false when it is over.
    func shouldRunAgain() -> Bool {
        status.withLock { status in
            defer { status.again = false }
            status.running = status.again && !status.closed
            return status.running
        }
    }

    /// No runs after the current one.
    func close() {
        status.withLock { $0.closed = true }
    }

    var isClosed: Bool { status.withLock { $0.closed } }
}
