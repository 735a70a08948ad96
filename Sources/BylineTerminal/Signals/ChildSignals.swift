import Glibc

/// Signal handling while another program has the terminal, as mutt's `mutt_system` sets it:
/// Ctrl-Z stops Byline with the child (curses' own SIGTSTP handler would repaint Byline over
/// the child on `fg`), and Ctrl-\ quits only the child. The child itself starts with every
/// signal at its default (see `Spawn`).
struct ChildSignals {
    private let stop: SignalActions
    private let quit: SignalActions

    static func whileAChildRuns() -> ChildSignals {
        // Started with Ctrl-Z ignored (no job control to resume a stopped Byline): so it stays.
        ChildSignals(stop: SignalActions([SIGTSTP], sparingIgnored: true, handler: SIG_DFL),
                     quit: SignalActions([SIGQUIT], handler: SIG_IGN))
    }

    func restore() {
        quit.restore()
        stop.restore()
    }
}
