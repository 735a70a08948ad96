import CNcursesw
import Glibc
import Synchronization

/// Signals that end the program abnormally. A Swift `fatalError` or failed precondition is
/// SIGILL on x86 and SIGTRAP on ARM.
private let crashSignals = [SIGSEGV, SIGILL, SIGABRT, SIGTRAP, SIGBUS, SIGFPE]

/// The actions the crash handler replaced, one slot per entry of `crashSignals`. Raw memory,
/// filled before the handler is installed and only read by it: a handler must not allocate.
nonisolated(unsafe) private let replacedCrashActions = UnsafeMutablePointer<sigaction>.allocate(
    capacity: crashSignals.count)

/// Whether `replacedCrashActions` holds valid actions.
private let crashTrapInstalled = Atomic<Bool>(false)

/// Restores the terminal when the program crashes while curses is up, so the crash report
/// appears on a usable terminal instead of in the middle of the interface.
enum CrashTrap {
    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = handleCrash
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_SIGINFO
        for signal in crashSignals {
            guard let slot = crashSlot(signal) else { continue }
            if sigaction(signal, &action, replacedCrashActions + slot) != 0 {
                // Keep the slot meaningful for the handler even if this signal was not taken.
                replacedCrashActions[slot] = sigaction()
            }
        }
        crashTrapInstalled.store(true, ordering: .releasing)
    }

    static func restore() {
        guard crashTrapInstalled.exchange(false, ordering: .acquiringAndReleasing) else { return }
        for signal in crashSignals {
            guard let slot = crashSlot(signal) else { continue }
            sigaction(signal, replacedCrashActions + slot, nil)
        }
    }
}

/// endwin is not async-signal-safe, but the process is going down anyway and a terminal left
/// in curses mode is the worse outcome. The replaced action (the default, or the Swift
/// runtime's backtracer) then reports the crash.
private func handleCrash(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _: UnsafeMutableRawPointer?) {
    endwin()
    let realStandardError = StandardErrorRedirect.realStandardError.load(ordering: .relaxed)
    if realStandardError >= 0 {
        dup2(realStandardError, STDERR_FILENO)
    }
    if crashTrapInstalled.load(ordering: .acquiring), let slot = crashSlot(signal) {
        sigaction(signal, replacedCrashActions + slot, nil)
    } else {
        Glibc.signal(signal, SIG_DFL)
    }
    // A fault (positive si_code) happens again when the faulting instruction re-runs, so the
    // replaced action sees the real crash address. A sent signal (kill, abort) must be sent
    // again; it stays blocked until this handler returns.
    let wasSent = (info?.pointee.si_code ?? 0) <= 0
    if wasSent {
        raise(signal)
    }
}

/// Where a signal's replaced action is kept. A switch rather than a search of `crashSignals`,
/// to keep the handler free of collection code; every slot is below `crashSignals.count`.
private func crashSlot(_ signal: Int32) -> Int? {
    switch signal {
    case SIGSEGV: 0
    case SIGILL: 1
    case SIGABRT: 2
    case SIGTRAP: 3
    case SIGBUS: 4
    case SIGFPE: 5
    default: nil
    }
}
