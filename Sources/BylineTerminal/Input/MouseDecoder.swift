import BylineUI
import CNcursesw

/// Turns a curses mouse event (its button bits and cell) into a `MouseEvent`. Pure, like
/// `KeyDecoder`, so the table is tested without a terminal. Only the left button and the wheel
/// mean anything to Byline: the others are the terminal's (pasting, menus).
enum MouseDecoder {
    /// What the terminal is asked to report: the left button and the wheel (buttons 4 and 5 to
    /// curses), without motion: `REPORT_MOUSE_POSITION` would make the terminal report every
    /// move, a stream of events Byline would only throw away.
    ///
    /// With `mouseinterval(0)` curses reports a press and a release as they come, but reports
    /// that arrive in one read (a busy moment, a slow ssh link, a test sending them at once)
    /// it still pairs into clicks, double and triple clicks, whatever their cells: a bit left
    /// out of the mask then loses the press altogether (checked with ncurses 6.4 under tmux
    /// 3.3a). So every one of them is asked for; `ClickTracker` pairs the presses that come
    /// one at a time.
    static var reported: mmask_t {
        cn_BUTTON1_PRESSED() | cn_BUTTON1_RELEASED() | cn_BUTTON1_CLICKED() | cn_BUTTON1_DOUBLE_CLICKED()
            | cn_BUTTON1_TRIPLE_CLICKED() | cn_BUTTON4_PRESSED() | cn_BUTTON5_PRESSED()
    }

    /// Nil for events Byline has no use for, or a cell off the screen.
    static func decode(buttons: mmask_t, x: Int, y: Int) -> MouseEvent? {
        guard x >= 0, y >= 0 else { return nil }
        let kinds: [(mmask_t, MouseEvent.Kind)] = [
            // A triple click opens as a double does: one click too many is still meant to open.
            (cn_BUTTON1_TRIPLE_CLICKED(), .doubleClick),
            (cn_BUTTON1_DOUBLE_CLICKED(), .doubleClick),
            (cn_BUTTON1_CLICKED(), .click),
            (cn_BUTTON1_PRESSED(), .press),
            (cn_BUTTON1_RELEASED(), .release),
            (cn_BUTTON4_PRESSED(), .wheelUp),
            (cn_BUTTON5_PRESSED(), .wheelDown),
        ]
        guard let kind = kinds.first(where: { buttons & $0.0 != 0 })?.1 else { return nil }
        return MouseEvent(x: x, y: y, kind: kind)
    }
}
