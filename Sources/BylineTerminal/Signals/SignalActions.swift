import Glibc

/// Installs one handler for several signals and remembers the actions it replaced, so that
/// the program leaves the signal setup as it found it.
struct SignalActions {
    private var replaced: [(signal: Int32, action: sigaction)] = []

    /// `handler` may be a function or SIG_DFL / SIG_IGN. `sparingIgnored` leaves alone a
    /// signal the program was started with ignored.
    init(_ signals: [Int32], sparingIgnored: Bool = false, handler: (@convention(c) (Int32) -> Void)?) {
        for signal in signals {
            if sparingIgnored, Self.isIgnored(signal) { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handler
            sigemptyset(&action.sa_mask)
            // No SA_RESTART: a signal should cut a blocking read short so it is seen at once.
            action.sa_flags = 0
            var previous = sigaction()
            if sigaction(signal, &action, &previous) == 0 {
                replaced.append((signal, previous))
            }
        }
    }

    /// Whether `signal` is ignored now (handlers are C function pointers, compared by address).
    private static func isIgnored(_ signal: Int32) -> Bool {
        var current = sigaction()
        guard sigaction(signal, nil, &current) == 0, let handler = current.__sigaction_handler.sa_handler else { return false }
        return unsafeBitCast(handler, to: UnsafeRawPointer.self) == unsafeBitCast(SIG_IGN, to: UnsafeRawPointer.self)
    }

    func restore() {
        for (signal, action) in replaced.reversed() {
            var action = action
            sigaction(signal, &action, nil)
        }
    }
}
