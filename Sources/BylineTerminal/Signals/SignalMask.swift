import Glibc

enum SignalMask {
    /// A parent (the Swift Testing runner, some process supervisors) can start us with nearly
    /// every signal blocked; then ncurses never sees SIGWINCH or SIGTSTP and Ctrl-C does nothing.
    static func unblockAll() {
        var empty = sigset_t()
        sigemptyset(&empty)
        sigprocmask(SIG_SETMASK, &empty, nil)
    }
}
