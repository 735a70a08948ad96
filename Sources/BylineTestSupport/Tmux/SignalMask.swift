import Glibc

enum SignalMask {
    /// Swift Testing's worker threads block most signals and a child inherits the mask; a
    /// program started under tmux from such a thread would never see SIGWINCH or SIGINT.
    static func withAllSignalsUnblocked<T>(_ body: () throws -> T) rethrows -> T {
        var empty = sigset_t()
        var previous = sigset_t()
        sigemptyset(&empty)
        pthread_sigmask(SIG_SETMASK, &empty, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return try body()
    }
}
