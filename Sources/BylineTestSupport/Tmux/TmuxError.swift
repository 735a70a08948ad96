/// Why a tmux-driven test could not go on. Descriptions carry what a failing test needs to be
/// understood from its log alone, above all the screen as it was last seen.
public enum TmuxError: Error, CustomStringConvertible {
    case notInstalled
    case commandFailed(arguments: [String], status: Int32, output: String)
    case sessionDidNotStart(command: [String])
    case timedOut(waitingFor: String, seconds: Double, screen: String)

    public var description: String {
        switch self {
        case .notInstalled:
            "tmux is not installed (or not on PATH)"
        case .commandFailed(let arguments, let status, let output):
            "tmux \(arguments.joined(separator: " ")) failed with status \(status): \(output)"
        case .sessionDidNotStart(let command):
            "the tmux session for \(command.joined(separator: " ")) did not start"
        case .timedOut(let what, let seconds, let screen):
            "timed out after \(seconds) s waiting for \(what); the screen was:\n" + Self.framed(screen)
        }
    }

    /// Draws a box around the screen so its blank lines and edges are visible in a test log.
    private static func framed(_ screen: String) -> String {
        var lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last == "" { lines.removeLast() }
        return (["+" + String(repeating: "-", count: 20)] + lines.map { "|" + $0 }
            + ["+" + String(repeating: "-", count: 20)]).joined(separator: "\n")
    }
}
