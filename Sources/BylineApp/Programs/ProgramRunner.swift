import BylineCore
import Foundation
import Glibc

/// Starts another program (a browser, a pager, an editor, the reader's pipe command) with
/// posix_spawnp, from an argument vector, and waits for it. The caller gives it the terminal
/// first; this knows nothing of curses.
public enum ProgramRunner {
    /// How a program ended.
    public enum Outcome: Hashable, Sendable {
        case exited(Int32)
        case killed(by: Int32)
        /// It never started: not found, not executable.
        case notStarted(String)

        public var succeeded: Bool { self == .exited(0) }
    }

    /// Runs `command` with `input` (if any) on its standard input and the terminal on the rest.
    public static func run(_ command: ProgramCommand, input: [UInt8]? = nil) -> Outcome {
        guard !command.arguments.isEmpty else { return .notStarted("no program named") }
        var inputPipe: [Int32] = [-1, -1]
        if input != nil {
            guard pipe(&inputPipe) == 0 else { return .notStarted(String(cString: strerror(errno))) }
            // Only the program's standard input is meant to be this pipe, not any other child's.
            for end in inputPipe { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            // Writing into a pipe the program has closed must be an error here, not our end.
            signal(SIGPIPE, SIG_IGN)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if input != nil { posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The program starts as a fresh one would: every signal at its default action (Byline
        // ignores SIGPIPE and traps SIGINT), none blocked.
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = command.arguments.map(cString)
        defer { argv.forEach { $0.deallocate() } }
        var pid: pid_t = 0
        var vector: [UnsafeMutablePointer<CChar>?] = argv + [nil]
        let started = posix_spawnp(&pid, argv[0], &actions, &attributes, &vector, environ)
        if input != nil { close(inputPipe[0]) }
        guard started == 0 else {
            if input != nil { close(inputPipe[1]) }
            return .notStarted(String(cString: strerror(started)))
        }
        if let input {
            // From another thread, so a program that reads nothing (or only part) cannot stall
            // the wait below; it ends with EPIPE when the program closes its end.
            let writeEnd = inputPipe[1]
            let writer = Thread {
                write(all: input, to: writeEnd)
                close(writeEnd)
            }
            writer.start()
        }
        return wait(for: pid)
    }

    /// A C string of `bytes`, to be freed by the caller. Arguments hold no NUL: links with
    /// controls are refused, and paths cannot hold one.
    private static func cString(_ bytes: [UInt8]) -> UnsafeMutablePointer<CChar> {
        let pointer = UnsafeMutableRawPointer.allocate(byteCount: bytes.count + 1, alignment: 1)
        bytes.withUnsafeBytes { pointer.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(pointer), byteCount: bytes.count) }
        pointer.storeBytes(of: 0, toByteOffset: bytes.count, as: UInt8.self)
        return pointer.bindMemory(to: CChar.self, capacity: bytes.count + 1)
    }

    private static func write(all bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }

    private static func wait(for pid: pid_t) -> Outcome {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return .exited(-1) }
        }
        // WIFEXITED / WTERMSIG are macros Swift does not import.
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .killed(by: signal)
    }
}
