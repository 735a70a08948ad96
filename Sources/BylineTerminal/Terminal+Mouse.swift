import BylineUI
import CNcursesw

/// Mouse reporting. curses writes the sequences that turn it on and off (which ones it takes
/// from terminfo's `kmous`: SGR reports under `xterm-256color`, the older X10 ones under
/// `tmux-256color` and `screen`), turns it off around `suspendAndRun` and at `shutdown` and
/// back on after, and reads the reports as `KEY_MOUSE`.
extension Terminal {
    /// Asks the terminal to report clicks and the wheel, or to stop. While reporting is on,
    /// most terminals still select text with Shift held down.
    public func setMouseReporting(_ on: Bool) {
        guard isActive else { return }
        mousemask(on ? MouseDecoder.reported : 0, nil)
        isMouseReporting = on
    }

    /// The event behind a `KEY_MOUSE`, or nil when it means nothing to Byline. With reporting
    /// off the terminal sends none: a `KEY_MOUSE` then is a stray sequence, and dropped.
    func readMouseEvent() -> MouseEvent? {
        guard isMouseReporting else { return nil }
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        return MouseDecoder.decode(buttons: event.bstate, x: Int(event.x), y: Int(event.y))
    }
}
