import Foundation
import Glibc

/// How the command ended, for tests of quitting, Ctrl-C and crashes.
extension TmuxSession {
    /// True until the command has ended and tmux knows how.
    public var isRunning: Bool {
        guard let state = try? paneState() else { return false }
        if case .exited = state { return false }
        return true
    }

    /// Waits for the command to end and returns its exit status (128 + n if signal n killed it).
    @discardableResult
    public func waitForExit(timeout: Double = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if case .exited(let status) = try paneState() { return status }
            if Date() >= deadline {
                throw TmuxError.timedOut(
                    waitingFor: "the program to exit", seconds: timeout, screen: (try? capture()) ?? "")
            }
            usleep(Self.pollInterval)
        }
    }

    private enum PaneState: Equatable {
        case running
        /// The terminal closed but tmux has not collected the exit status (yet).
        case closedWithoutStatus
        case exited(Int32)
    }

    private func paneState() throws -> PaneState {
        var state = try queryPaneState()
        // Debian's tmux is built with libutempter, whose own SIGCHLD handler, briefly in place
        // while tmux closes a dead pane's terminal, can swallow the program's SIGCHLD: the
        // pane then stays a zombie without a status for good (tmux issues #311, #4559). A
        // SIGCHLD of our own makes the server reap it; it is harmless otherwise.
        for _ in 0..<20 where state == .closedWithoutStatus {
            if let serverProcess { Glibc.kill(serverProcess, SIGCHLD) }
            usleep(Self.pollInterval)
            state = try queryPaneState()
        }
        return state
    }

    private func queryPaneState() throws -> PaneState {
        let fields = try run([
            "display-message", "-p", "-t", Self.target, "#{pane_dead}:#{pane_dead_status}:#{pane_dead_signal}",
        ])
        .trimmingCharacters(in: .whitespacesAndNewlines)
        .split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0] == "1" else { return .running }
        if let status = Int32(fields[1]) { return .exited(status) }
        if let signal = Int32(fields[2]) { return .exited(128 + signal) }
        return .closedWithoutStatus
    }
}
