import BylineCore

/// Starts another program (a browser, a pager, an editor, the reader's pipe command) from an
/// argument vector, and waits for it. The caller gives it the terminal first; this knows
/// nothing of curses.
public enum ProgramRunner {
    /// How a program ended.
    public enum Outcome: Hashable, Sendable {
        case exited(Int32)
        case killed(by: Int32)
        /// It never started: not found, not executable.
        case notStarted(String)
    }

    /// Runs `command` with `input` (if any) on its standard input and the terminal on the rest.
    public static func run(_ command: ProgramCommand, input: [UInt8]? = nil) -> Outcome {
        guard !command.arguments.isEmpty else { return .notStarted("no program named") }
        switch Spawn.start(command.arguments, stdin: input == nil ? .inherit : .pipe) {
        case .failure(let error):
            return .notStarted(error.description)
        case .success(let started):
            if let input, let writeEnd = started.pipes[0] { Spawn.feed(input, to: writeEnd) }
            switch Spawn.wait(for: started.pid) {
            case .exited(let code): return .exited(code)
            case .killed(let signal): return .killed(by: signal)
            }
        }
    }
}
