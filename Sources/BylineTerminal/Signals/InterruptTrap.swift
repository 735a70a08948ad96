import Glibc
import Synchronization

/// The last SIGINT, SIGTERM or SIGHUP not yet reported, 0 for none. A signal handler may only
/// touch lock-free state like this; all the real work happens in `nextEvent`.
private let pendingInterrupt = Atomic<Int32>(0)

/// Turns SIGINT, SIGTERM and SIGHUP into an `.interrupted` event, so the program quits through
/// its normal path and `endwin` rather than dying with the terminal in curses mode.
///
/// Installed before `newterm`: ncurses only adds its own exit-on-SIGINT handler when it finds
/// the default action in place.
struct InterruptTrap {
    static let signals = [SIGINT, SIGTERM, SIGHUP]

    private let actions: SignalActions

    init() {
        pendingInterrupt.store(0, ordering: .relaxed)
        actions = SignalActions(Self.signals) { signal in
            pendingInterrupt.store(signal, ordering: .relaxed)
        }
    }

    func restore() {
        actions.restore()
    }

    /// The pending signal, which counts as reported from now on.
    func take() -> Int32? {
        let signal = pendingInterrupt.exchange(0, ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    /// Forgets a pending `signal` (and only that one): Ctrl-C typed in a pager that Byline
    /// suspended itself for was meant for the pager.
    func discard(_ signal: Int32) {
        _ = pendingInterrupt.compareExchange(expected: signal, desired: 0, ordering: .relaxed)
    }
}
