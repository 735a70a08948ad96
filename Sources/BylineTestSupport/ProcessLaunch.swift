import Foundation

/// Starts processes one at a time. Foundation's `Process.run()` has crashed in `memcpy` when
/// many test threads started children at once (seen with a dozen concurrent tmux tests);
/// only the start is serialized, the children then run and are waited on in parallel.
public enum ProcessLaunch {
    private static let lock = NSLock()

    public static func run(_ process: Process) throws {
        lock.lock()
        defer { lock.unlock() }
        try process.run()
    }
}
