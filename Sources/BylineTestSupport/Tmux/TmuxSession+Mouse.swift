import Foundation

/// The mouse, for end-to-end tests: the bytes a terminal sends for a click or a turn of the
/// wheel, written to the program as if the terminal had sent them.
///
/// tmux's own ways do not fit a detached session. `send-keys -M` only passes on the mouse
/// event of the key binding it runs from, and `set -g mouse on` has tmux take the mouse for
/// itself (selecting panes, copy mode), from an attached client, which a test has not. So
/// tmux's mouse option stays off, as in a reader's tmux by default: what turns reporting on is
/// the program's own request (curses' `mousemask`), which `mouseReportingIsOn` reads back.
///
/// The bytes are those curses expects under `TERM=tmux-256color`, whose terminfo `kmous` is
/// `\E[M`: X10 reports, `ESC [ M` then the button + 32, column + 33 and row + 33 as one byte
/// each. (An SGR report, `ESC [ < 0;10;5 M`, is what curses reads under `xterm-256color`;
/// under `tmux-256color` it arrives as Esc and seven keys.) They go with `send-keys -H`, so
/// that columns past 94 arrive as the single bytes above 0x7F they are, not as UTF-8.
extension TmuxSession {
    /// The X10 button codes.
    private enum Report: Int {
        case press = 0
        case release = 3
        case wheelUp = 64
        case wheelDown = 65
    }

    /// A left click on cell (x, y), counted from 0: a press and, a moment later, the release.
    public func click(x: Int, y: Int) throws {
        try send([.press], x: x, y: y)
        try send([.release], x: x, y: y)
    }

    /// Two clicks on (x, y), all four reports at once: curses pairs them up itself.
    public func doubleClick(x: Int, y: Int) throws {
        try send([.press, .release, .press, .release], x: x, y: y)
    }

    /// `notches` turns of the wheel with the pointer on (x, y).
    public func wheel(down: Bool, x: Int, y: Int, notches: Int = 1) throws {
        try send(Array(repeating: down ? .wheelDown : .wheelUp, count: notches), x: x, y: y)
    }

    /// Whether the program has asked the terminal to report mouse buttons.
    public func mouseReportingIsOn() throws -> Bool {
        try run(["display-message", "-p", "-t", Self.target, "#{mouse_any_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    private func send(_ reports: [Report], x: Int, y: Int) throws {
        // One byte per coordinate: X10 reaches column and row 222.
        precondition((0...222).contains(x) && (0...222).contains(y), "X10 mouse reports cannot reach (\(x), \(y))")
        let bytes = reports.flatMap { [0x1B, 0x5B, 0x4D, 32 + $0.rawValue, 33 + x, 33 + y] }
        try run(["send-keys", "-t", Self.target, "-H"] + bytes.map { String($0, radix: 16) })
    }
}
