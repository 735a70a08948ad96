import BylineUI
import CNcursesw
import Glibc

/// The real terminal, through ncurses: the only place in Byline that touches it. Create one,
/// `draw` screens and read `nextEvent`s on one thread, and `shutdown` (or release it) before
/// printing anything.
public final class Terminal {
    let window: UnsafeMutablePointer<WINDOW>
    /// The palette when colours are on, nil for attributes only.
    let palette: Palette?
    let interrupts: InterruptTrap
    private let screenHandle: OpaquePointer
    private let standardError: StandardErrorRedirect
    private(set) var isActive = true
    /// Whether clicks and the wheel are reported (see `setMouseReporting`).
    public internal(set) var isMouseReporting = false
    private var sizeAtShutdown = Size(width: 0, height: 0)

    /// Takes over the terminal. Throws a `TerminalError` meant for the user when the locale is
    /// not UTF-8, standard input or output is not a terminal, or `TERM` is unusable.
    public init(options: TerminalOptions) throws {
        SignalMask.unblockAll()
        try TerminalPreflight.adoptUTF8Locale()
        try TerminalPreflight.requireTerminal()

        standardError = StandardErrorRedirect(logPath: options.logPath)
        try standardError.begin()
        interrupts = InterruptTrap()
        CrashTrap.install()

        // newterm rather than initscr: initscr prints a message and calls exit() when TERM is
        // unknown, newterm returns nil and leaves the explaining to us.
        guard let screen = newterm(nil, cn_stdout(), cn_stdin()), let window = cn_stdscr() else {
            CrashTrap.restore()
            interrupts.restore()
            standardError.end()
            let term = getenv("TERM").map { String(cString: $0) } ?? "(unset)"
            throw TerminalError.cannotOpenTerminal(term: term)
        }
        screenHandle = screen
        self.window = window

        // cbreak, not raw: Ctrl-Z must still suspend, and ncurses' own SIGTSTP handler
        // restores and repaints the screen around it.
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)  // Esc answers in 25 ms instead of a second
        curs_set(0)
        leaveok(window, true)  // the cursor is hidden, so never spend bytes moving it
        let palette = Palette(theme: options.theme)
        self.palette = options.useColor && options.theme.usesColor && ColorSetup.start(palette) ? palette : nil
        // Each press reported at once, not held back a sixth of a second in case another
        // follows: `ClickTracker` tells double clicks (see `MouseDecoder`).
        mouseinterval(0)
        setMouseReporting(options.mouse)
    }

    deinit {
        shutdown()
        delscreen(screenHandle)
    }

    /// The terminal's size in cells; after `shutdown`, the last size it had.
    public var size: Size {
        guard isActive else { return sizeAtShutdown }
        return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Ctrl-L: the next `draw` clears the terminal and repaints every cell, for when something
    /// outside Byline scribbled on the screen.
    public func redrawAll() {
        guard isActive else { return }
        clearok(window, true)
    }

    /// Gives the terminal back for `body` (a pager, an editor), then takes it again and
    /// repaints.
    public func suspendAndRun(_ body: () -> Void) {
        guard isActive else {
            body()
            return
        }
        def_prog_mode()
        endwin()
        standardError.end()
        let signals = ChildSignals.whileAChildRuns()
        body()
        signals.restore()
        // A failed redirect only risks stray text on screen; not worth abandoning the UI for.
        try? standardError.begin()
        reset_prog_mode()
        interrupts.discard(SIGINT)
        clearok(window, true)
        wrefresh(window)
    }

    /// Restores the terminal, stderr and signal handlers. Safe to call more than once.
    public func shutdown() {
        guard isActive else { return }
        sizeAtShutdown = size
        isActive = false
        endwin()
        CrashTrap.restore()
        interrupts.restore()
        standardError.end()
    }
}
