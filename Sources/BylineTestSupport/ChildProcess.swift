import Foundation
import Glibc

/// A program started with posix_spawn for a test, without Foundation's `Process`: under load
/// that crashed the whole test run, in `memcpy` inside `Process.run()` and with a `try!` on
/// EINTR inside `FileHandle.readDataToEndOfFile()`. Output is read with `read` in a loop that
/// retries EINTR, and the child is reaped with `waitpid`.
public final class ChildProcess: @unchecked Sendable {
    public let pid: pid_t
    private let lock = NSLock()
    private var exitStatus: Int32?
    private var output: [Int32: [UInt8]] = [:]
    private let readers = DispatchGroup()

    /// How the child's standard streams are connected.
    public enum Stream {
        case nullDevice
        /// A pipe this object reads to the end (output) or writes and closes (input).
        case pipe
    }

    /// Starts `executable` with `arguments`, the test process's environment plus `environment`,
    /// every signal unblocked and at its default action (test threads block most signals, and
    /// a child would inherit that).
    public init(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:], unsetting: Set<String> = [],
        input: [UInt8]? = nil, stdout: Stream = .pipe, stderr: Stream = .pipe
    ) throws {
        // A child that exits before reading its input must not end the test run with SIGPIPE.
        _ = Self.pipeSignalIgnored
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var parentEnds: [(child: Int32, parent: Int32)] = []
        var childEnds: [Int32] = []
        for (descriptor, stream, isInput) in [(Int32(0), input == nil ? Stream.nullDevice : .pipe, true), (1, stdout, false), (2, stderr, false)] {
            switch stream {
            case .nullDevice:
                posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", isInput ? O_RDONLY : O_WRONLY, 0)
            case .pipe:
                var ends: [Int32] = [-1, -1]
                guard pipe(&ends) == 0 else { throw ChildProcessError.cannotStart(errno) }
                for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
                let (childEnd, parentEnd) = isInput ? (ends[0], ends[1]) : (ends[1], ends[0])
                posix_spawn_file_actions_adddup2(&actions, childEnd, descriptor)
                childEnds.append(childEnd)
                parentEnds.append((descriptor, parentEnd))
            }
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }.filter { !unsetting.contains($0.key) }
        let argv = ([executable] + arguments).map { strdup($0) }
        let envp = merged.map { strdup("\($0.key)=\($0.value)") }
        defer { (argv + envp).forEach { free($0) } }
        var argvNil: [UnsafeMutablePointer<CChar>?] = argv + [nil]
        var envpNil: [UnsafeMutablePointer<CChar>?] = envp + [nil]
        var child: pid_t = 0
        let started = posix_spawn(&child, executable, &actions, &attributes, &argvNil, &envpNil)
        childEnds.forEach { close($0) }
        guard started == 0 else {
            parentEnds.forEach { close($0.parent) }
            throw ChildProcessError.cannotStart(started)
        }
        pid = child
        for (descriptor, parentEnd) in parentEnds {
            if descriptor == 0 {
                let bytes = input ?? []
                Thread.detachNewThread {
                    Self.writeAll(bytes, to: parentEnd)
                    close(parentEnd)
                }
            } else {
                readers.enter()
                Thread.detachNewThread { [self] in
                    let bytes = Self.readAll(parentEnd)
                    close(parentEnd)
                    lock.withLock { output[descriptor] = bytes }
                    readers.leave()
                }
            }
        }
    }

    /// Waits for the child to end; its status as a shell gives it (128 + n after signal n).
    @discardableResult
    public func waitForExit() -> Int32 {
        if let status = lock.withLock({ exitStatus }) { return status }
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) < 0 {
            if errno != EINTR { break }
        }
        let status = Self.shellStatus(raw)
        lock.withLock { exitStatus = status }
        return status
    }

    /// True until the child has ended (reaping it when it has).
    public var isRunning: Bool {
        if lock.withLock({ exitStatus }) != nil { return false }
        var raw: Int32 = 0
        let result = waitpid(pid, &raw, WNOHANG)
        guard result == pid else { return result == 0 }
        lock.withLock { exitStatus = Self.shellStatus(raw) }
        return false
    }

    /// Whether signal `n` ended the child (after `waitForExit`).
    public var wasKilledBySignal: Bool { (lock.withLock { exitStatus } ?? 0) > 128 }

    /// What the child wrote to standard output (1) or error (2), once it closed them.
    public func collected(_ descriptor: Int32) -> [UInt8] {
        readers.wait()
        return lock.withLock { output[descriptor] ?? [] }
    }

    private static let pipeSignalIgnored: Bool = {
        signal(SIGPIPE, SIG_IGN)
        return true
    }()

    private static func shellStatus(_ raw: Int32) -> Int32 {
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift does not import.
        let signal = raw & 0x7F
        return signal == 0 ? (raw >> 8) & 0xFF : 128 + signal
    }

    private static func readAll(_ descriptor: Int32) -> [UInt8] {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                result += buffer[0..<count]
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return result
            }
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress.map { $0 + offset }, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}

public enum ChildProcessError: Error, CustomStringConvertible {
    case cannotStart(Int32)

    public var description: String {
        switch self {
        case .cannotStart(let code): "cannot start the program: \(String(cString: strerror(code)))"
        }
    }
}
