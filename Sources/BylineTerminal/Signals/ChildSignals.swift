import Glibc

/// Signal handling while another program has the terminal, as mutt's `mutt_system` sets it:
/// Ctrl-Z stops Byline with the child (curses' own SIGTSTP handler would repaint Byline over
/// the child on `fg`), and Ctrl-\ quits only the child. The child itself starts with every
/// signal at its default (see `ProgramRunner`).
struct ChildSignals {
    private var saved: [(signal: Int32, action: sigaction)] = []

    static func whileAChildRuns() -> ChildSignals {
        var result = ChildSignals()
        for (signal, disposition) in [(SIGTSTP, SIG_DFL), (SIGQUIT, SIG_IGN)] {
            // Started with Ctrl-Z ignored (no job control to resume a stopped Byline): so it stays.
            var current = sigaction()
            if sigaction(signal, nil, &current) == 0, Self.isIgnored(current) { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = disposition
            sigemptyset(&action.sa_mask)
            var previous = sigaction()
            if sigaction(signal, &action, &previous) == 0 { result.saved.append((signal, previous)) }
        }
        return result
    }

    /// Whether an action is SIG_IGN (handlers are C function pointers, compared by address).
    private static func isIgnored(_ action: sigaction) -> Bool {
        guard let handler = action.__sigaction_handler.sa_handler else { return false }
        return unsafeBitCast(handler, to: UnsafeRawPointer.self) == unsafeBitCast(SIG_IGN, to: UnsafeRawPointer.self)
    }

    func restore() {
        for (signal, action) in saved.reversed() {
            var action = action
            sigaction(signal, &action, nil)
        }
    }
}
