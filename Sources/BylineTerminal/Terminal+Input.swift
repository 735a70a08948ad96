import BylineUI
import CNcursesw
import Glibc

extension Terminal {
    /// The next key, mouse event, resize or interrupt, or nil after `timeoutMilliseconds` without one
    /// (a negative timeout waits for ever). Input Byline has no use for is skipped.
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        guard isActive else { return nil }
        let start = ContinuousClock.now
        while true {
            if interrupts.take() != nil { return .interrupted }
            let remaining = remainingMilliseconds(of: timeoutMilliseconds, since: start)
            // Short slices, so a signal that arrives during a long wait is seen promptly even
            // if curses restarts its read.
            wtimeout(window, Int32(remaining.map { min($0, Self.pollSlice) } ?? Self.pollSlice))
            var code: wint_t = 0
            switch wget_wch(window, &code) {
            case KEY_CODE_YES where code == wint_t(KEY_RESIZE):
                return .resize(size)
            case KEY_CODE_YES where code == wint_t(KEY_MOUSE):
                if let event = readMouseEvent() { return .mouse(event) }
            case KEY_CODE_YES:
                if let key = KeyDecoder.decode(code: Int(code), isFunctionKey: true) { return .key(key) }
            case OK:
                if let key = KeyDecoder.decode(code: Int(code), isFunctionKey: false) { return .key(key) }
            default:
                break  // ERR: nothing within this slice, or a read cut short by a signal
            }
            if remaining == 0 || remainingMilliseconds(of: timeoutMilliseconds, since: start) == 0 {
                return interrupts.take() != nil ? .interrupted : nil
            }
        }
    }

    private static let pollSlice = 50

    /// Nil for "no deadline".
    private func remainingMilliseconds(of timeout: Int, since start: ContinuousClock.Instant) -> Int? {
        guard timeout >= 0 else { return nil }
        let elapsed = ContinuousClock.now - start
        let elapsedMilliseconds = Int(elapsed.components.seconds) * 1000
            + Int(elapsed.components.attoseconds / 1_000_000_000_000_000)
        return max(0, timeout - elapsedMilliseconds)
    }
}
