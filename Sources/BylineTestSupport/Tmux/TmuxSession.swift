import Foundation

/// Runs a command in a detached tmux session of a fixed size, for end-to-end tests of the
/// real `byline` binary in a real terminal: send keys, read the screen back.
///
/// Each session has a private tmux server (`-L`), so tests run in parallel and never touch
/// a tmux the developer is using. The pane stays after the command exits, so a test can
/// still read the screen and the exit status.
public final class TmuxSession {
    /// The private server's name, for debugging: `tmux -L <name> attach`.
    public let serverName: String
    private let tmux: URL
    private var isKilled = false
    /// tmux leaves its socket behind after kill-server; removed by `kill()`.
    private var socketPath: String?
    /// The server's process, for `TmuxSession+Exit`'s SIGCHLD nudge.
    private(set) var serverProcess: pid_t?

    /// The session's one window is called this in every tmux command.
    static let target = "t"
    static let pollInterval: UInt32 = 50_000  // microseconds

    /// The tmux executable on PATH, nil when there is none.
    public static var executable: URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").lazy
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("tmux") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    public static var isAvailable: Bool { executable != nil }

    /// Starts `command` (an executable and its arguments; no shell parsing) in a terminal of
    /// `width` × `height` cells with `TERM=term` and `LANG=C.UTF-8`. The pane lingers about
    /// 0.2 s after the command exits (see `lingering`). `LC_ALL`, `LC_CTYPE` and
    /// `NO_COLOR` from the test's own environment are removed so results do not depend on the
    /// developer's shell; `environment` is applied last and can set any of them again.
    public init(
        command: [String], width: Int = 120, height: Int = 40, term: String = "tmux-256color",
        environment: [String: String] = [:]
    ) throws {
        guard let tmux = Self.executable else { throw TmuxError.notInstalled }
        self.tmux = tmux
        serverName = "byline-test-\(getpid())-\(UUID().uuidString.prefix(8))"

        let commandLine = ["env", "-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "NO_COLOR", "TERM=\(term)", "LANG=C.UTF-8"]
            + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            + Self.lingering(command)
        // One tmux invocation for both, so remain-on-exit is set before the server's event loop
        // can notice a command that exits at once.
        try startServer([
            "-f", "/dev/null", "new-session", "-d", "-s", Self.target, "-x", "\(width)", "-y", "\(height)",
        ] + commandLine + [";", "set-option", "-t", Self.target, "remain-on-exit", "on"])
        try waitForSession(command: command)
    }

    deinit {
        kill()
    }

    // MARK: Input

    /// Sends tmux key names ("Enter", "C-c", "Up", "Escape") or plain characters ("j").
    public func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", Self.target] + keys)
    }

    /// Types `text` literally, with no key-name lookup ("Enter" is five letters here).
    public func sendText(_ text: String) throws {
        try run(["send-keys", "-t", Self.target, "-l", text])
    }

    public func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", Self.target, "-x", "\(width)", "-y", "\(height)"])
    }

    // MARK: Output

    /// The visible screen, one line per row with trailing blanks trimmed. With escapes, SGR
    /// sequences show bold, reverse and colours. With history, the lines scrolled off the top
    /// come first: once the command has exited, tmux's "Pane is dead" line scrolls the screen
    /// by a line, so what the program printed last is best looked for there.
    public func capture(withEscapes: Bool = false, includingHistory: Bool = false) throws -> String {
        try run(
            ["capture-pane", "-p", "-t", Self.target] + (withEscapes ? ["-e"] : [])
                + (includingHistory ? ["-S", "-"] : []))
    }

    /// The pane's title, which OSC 0/2 sequences set: for checking that none got through.
    public func paneTitle() throws -> String {
        try run(["display-message", "-p", "-t", Self.target, "#{pane_title}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the screen shows `text`, and returns that screen.
    @discardableResult
    public func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitUntil(timeout: timeout, description: "\"\(text)\"") { $0.contains(text) }
    }

    /// Waits until `predicate` holds for the screen, and returns that screen.
    @discardableResult
    public func waitUntil(timeout: Double = 10, _ predicate: (String) -> Bool) throws -> String {
        try waitUntil(timeout: timeout, description: "the condition", predicate)
    }

    /// Appends every byte the program writes to the terminal to the file at `path`: for
    /// checking that no escape sequence from an article reaches the terminal.
    public func startRecordingOutput(to path: String) throws {
        try run(["pipe-pane", "-o", "-t", Self.target, "cat >> " + Self.shellQuoted(path)])
    }

    // MARK: Life cycle

    /// Ends the private server and everything in it. Safe to call more than once.
    public func kill() {
        guard !isKilled else { return }
        isKilled = true
        // -L is what keeps this from killing a tmux server that is not ours.
        _ = try? run(["kill-server"])
        if let socketPath { unlink(socketPath) }
    }

    // MARK: Plumbing

    private func waitUntil(timeout: Double, description: String, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let screen = try capture()
            if predicate(screen) { return screen }
            if Date() >= deadline {
                throw TmuxError.timedOut(waitingFor: description, seconds: timeout, screen: screen)
            }
            usleep(Self.pollInterval)
        }
    }

    /// Runs a tmux client command against the private server and returns what it printed.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let outcome = try ProcessRunner.run(tmux, ["-L", serverName] + arguments)
        guard outcome.status == 0 else {
            throw TmuxError.commandFailed(
                arguments: arguments, status: outcome.status, output: outcome.stderr + outcome.stdout)
        }
        return outcome.stdout
    }

    /// Starts the server with `new-session`, without waiting: Foundation's `Process` never
    /// reported the client's exit (the daemonised server kept its pipe), so it is reaped aside.
    private func startServer(_ arguments: [String]) throws {
        // The server reads its locale once, from here; it must handle UTF-8 for wide
        // characters. TMUX is unset: started from inside tmux, the client would refuse to nest.
        let client = try ChildProcess(
            tmux.path, ["-u", "-L", serverName] + arguments, environment: ["LANG": "C.UTF-8"],
            unsetting: ["LC_ALL", "LC_CTYPE", "TMUX"], stdout: .nullDevice, stderr: .nullDevice)
        // The client exits once the server runs; reaped on the side, so nothing waits on it.
        Thread.detachNewThread { client.waitForExit() }
    }

    private func waitForSession(command: [String]) throws {
        let deadline = Date().addingTimeInterval(10)
        while (try? run(["has-session", "-t", Self.target])) == nil {
            if Date() >= deadline {
                kill()
                throw TmuxError.sessionDidNotStart(command: command)
            }
            usleep(Self.pollInterval)
        }
        let server = try run(["display-message", "-p", "#{pid} #{socket_path}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
            .split(separator: " ", maxSplits: 1)
        serverProcess = server.first.flatMap { pid_t($0) }
        socketPath = server.count == 2 ? String(server[1]) : nil
    }

    /// Runs `command` under a shell that keeps the terminal open a moment after it exits.
    /// tmux can drop what a program writes just before exiting (the pane closes before the
    /// last output is read), which would lose exactly what exit tests look at: the final
    /// message and the sequences that restore the terminal. The shell passes the exit status
    /// on (128 + n after signal n) and traps rather than ignores Ctrl-C and Ctrl-\, so that
    /// it outlives the program without the program inheriting an ignored signal.
    private static func lingering(_ command: [String]) -> [String] {
        ["sh", "-c", "trap : INT QUIT; \"$@\"; status=$?; sleep 0.2; exit $status", "sh"] + command
    }

    private static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
