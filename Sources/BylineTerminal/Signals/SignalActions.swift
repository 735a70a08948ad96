import Glibc

/// Installs one handler for several signals and remembers the actions it replaced, so that
/// the program leaves the signal setup as it found it.
struct SignalActions {
    private var replaced: [(signal: Int32, action: sigaction)] = []

    init(_ signals: [Int32], handler: @convention(c) (Int32) -> Void) {
        for signal in signals {
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

    func restore() {
        for (signal, action) in replaced.reversed() {
            var action = action
            sigaction(signal, &action, nil)
        }
    }
}
