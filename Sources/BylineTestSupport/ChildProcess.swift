import BylineCore
import Foundation
import Glibc

/// A program started for a test through Byline's own `Spawn`, without Foundation's `Process`:
/// under load that crashed the whole test run, in `memcpy` inside `Process.run()` and with a
/// `try!` on EINTR inside `FileHandle.readDataToEndOfFile()`. Output is drained on threads of
/// its own, and the child is reaped with `waitpid`.
public final class ChildProcess: @unchecked Sendable {
    public let pid: pid_t
    private let lock = NSLock()
    private var ending: Spawn.Ending?
    private var output: [Int32: [UInt8]] = [:]
    private let readers = DispatchGroup()

    /// Starts `executable` with `arguments` and the test process's environment plus
    /// `environment`, less `unsetting`.
    public init(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:], unsetting: Set<String> = [],
        input: [UInt8]? = nil, stdout: Spawn.Stream = .pipe, stderr: Spawn.Stream = .pipe
    ) throws {
        let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }.filter { !unsetting.contains($0.key) }
        let started = try Spawn.start(
            ([executable] + arguments).map { Array($0.utf8) }, environment: merged.map { "\($0.key)=\($0.value)" },
            stdin: input == nil ? .nullDevice : .pipe, stdout: stdout, stderr: stderr
        ).get()
        pid = started.pid
        if let input, let writeEnd = started.pipes[0] { Spawn.feed(input, to: writeEnd) }
        for descriptor: Int32 in [1, 2] {
            guard let readEnd = started.pipes[descriptor] else { continue }
            readers.enter()
            Thread.detachNewThread { [self] in
                let bytes = Spawn.drain(readEnd)
                lock.withLock { output[descriptor] = bytes }
                readers.leave()
            }
        }
    }

    /// Waits for the child to end; its status as a shell gives it (128 + n after signal n).
    @discardableResult
    public func waitForExit() -> Int32 {
        if let ending = lock.withLock({ ending }) { return ending.shellStatus }
        let ended = Spawn.wait(for: pid)
        lock.withLock { ending = ended }
        return ended.shellStatus
    }

    /// True until the child has ended (reaping it when it has).
    public var isRunning: Bool {
        if lock.withLock({ ending }) != nil { return false }
        guard let ended = Spawn.ending(of: pid) else { return true }
        lock.withLock { ending = ended }
        return false
    }

    /// Whether a signal ended the child (after `waitForExit`).
    public var wasKilledBySignal: Bool {
        if case .killed? = lock.withLock({ ending }) { return true }
        return false
    }

    /// What the child wrote to standard output (1) or error (2), once it closed them.
    public func collected(_ descriptor: Int32) -> [UInt8] {
        readers.wait()
        return lock.withLock { output[descriptor] ?? [] }
    }
}
