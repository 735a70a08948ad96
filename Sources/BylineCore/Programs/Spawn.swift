import Foundation
import Glibc

/// Starting a program with posix_spawn, shared by BylineApp's `ProgramRunner` (a browser, a pager, an
/// editor) and the tests' `ChildProcess`: every signal at its default action and none
/// blocked, as a freshly started program expects (Byline ignores SIGPIPE and traps SIGINT;
/// test threads block most signals), and each standard stream inherited, /dev/null, or a pipe.
public enum Spawn {
    public enum Stream: Sendable {
        case inherit, nullDevice, pipe
    }

    /// A started program: its pid and Byline's ends of the pipes asked for, by the program's
    /// descriptor (0, 1, 2).
    public struct Started: Sendable {
        public var pid: pid_t
        public var pipes: [Int32: Int32]
    }

    /// How a program ended.
    public enum Ending: Hashable, Sendable {
        case exited(Int32)
        case killed(by: Int32)

        /// As a shell gives it: the exit code, or 128 + n after signal n.
        public var shellStatus: Int32 {
            switch self {
            case .exited(let code): code
            case .killed(let signal): 128 + signal
            }
        }

        /// From a `waitpid` status (WIFEXITED and friends are macros Swift does not import).
        init(waitStatus: Int32) {
            let signal = waitStatus & 0x7F
            self = signal == 0 ? .exited((waitStatus >> 8) & 0xFF) : .killed(by: signal)
        }
    }

    /// Starts `arguments` (raw bytes: a path need not be UTF-8) found on PATH, with
    /// `environment` ("NAME=value" each) or Byline's own. Fails with the reason.
    public static func start(
        _ arguments: [[UInt8]], environment: [String]? = nil, stdin: Stream = .inherit, stdout: Stream = .inherit,
        stderr: Stream = .inherit
    ) -> Result<Started, SpawnFailure> {
        guard !arguments.isEmpty else { return .failure(SpawnFailure(Errno(ENOENT).message)) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var childEnds: [Int32] = []
        var pipes: [Int32: Int32] = [:]
        func closeAll() { (childEnds + pipes.values).forEach { close($0) } }
        for (descriptor, stream) in [(Int32(0), stdin), (1, stdout), (2, stderr)] {
            switch stream {
            case .inherit: break
            case .nullDevice:
                posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
            case .pipe:
                var ends: [Int32] = [-1, -1]
                guard pipe(&ends) == 0 else {
                    let error = errno
                    closeAll()
                    return .failure(SpawnFailure(Errno(error).message))
                }
                // Only this program's stream is meant to be the pipe, not any other child's.
                for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
                let (childEnd, ownEnd) = descriptor == 0 ? (ends[0], ends[1]) : (ends[1], ends[0])
                posix_spawn_file_actions_adddup2(&actions, childEnd, descriptor)
                childEnds.append(childEnd)
                pipes[descriptor] = ownEnd
            }
        }
        // Writing into a pipe the program has closed must be an error here, not our end.
        if stdin == .pipe { _ = pipeSignalIgnored }

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

        let argv = arguments.map(cString)
        let envp = environment?.map { cString(Array($0.utf8)) }
        defer { (argv + (envp ?? [])).forEach { $0.deallocate() } }
        var argVector: [UnsafeMutablePointer<CChar>?] = argv + [nil]
        var envVector: [UnsafeMutablePointer<CChar>?] = (envp ?? []) + [nil]
        var pid: pid_t = 0
        let started = envp == nil
            ? posix_spawnp(&pid, argv[0], &actions, &attributes, &argVector, environ)
            : posix_spawnp(&pid, argv[0], &actions, &attributes, &argVector, &envVector)
        childEnds.forEach { close($0) }
        childEnds = []
        guard started == 0 else {
            closeAll()
            return .failure(SpawnFailure(Errno(started).message))
        }
        return .success(Started(pid: pid, pipes: pipes))
    }

    /// Waits for `pid` to end.
    public static func wait(for pid: pid_t) -> Ending {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return .exited(-1) }
        }
        return Ending(waitStatus: status)
    }

    /// How `pid` ended, if it has (reaping it), without waiting.
    public static func ending(of pid: pid_t) -> Ending? {
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) == pid ? Ending(waitStatus: status) : nil
    }

    /// Writes `bytes` to `descriptor` and closes it, on its own thread, so that a program that
    /// reads nothing (or only part) cannot stall its caller; it ends with EPIPE when the program
    /// closes its end.
    public static func feed(_ bytes: [UInt8], to descriptor: Int32) {
        Thread.detachNewThread {
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count, let base = buffer.baseAddress {
                    let written = write(descriptor, base + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        break
                    }
                    offset += written
                }
            }
            close(descriptor)
        }
    }

    /// Everything `descriptor` gives until end of file, then closes it.
    public static func drain(_ descriptor: Int32) -> [UInt8] {
        defer { close(descriptor) }
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

    private static let pipeSignalIgnored: Bool = {
        signal(SIGPIPE, SIG_IGN)
        return true
    }()

    /// A C string of `bytes`, to be deallocated by the caller. Arguments hold no NUL: links
    /// with controls are refused, and paths cannot hold one.
    private static func cString(_ bytes: [UInt8]) -> UnsafeMutablePointer<CChar> {
        let pointer = UnsafeMutableRawPointer.allocate(byteCount: bytes.count + 1, alignment: 1)
        bytes.withUnsafeBytes { pointer.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(pointer), byteCount: bytes.count) }
        pointer.storeBytes(of: 0, toByteOffset: bytes.count, as: UInt8.self)
        return pointer.bindMemory(to: CChar.self, capacity: bytes.count + 1)
    }
}

/// Why a program could not be started ("No such file or directory").
public struct SpawnFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
