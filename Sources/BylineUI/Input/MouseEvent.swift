/// A mouse event as the terminal reports it, in screen cells from the top left (0, 0), before
/// it means anything: `update` works out what is drawn there.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The left button went down. `update` tells a double click from two presses itself
        /// (see `ClickTracker`), so the terminal need not wait to find out.
        case press
        /// The left button came up: Byline acts on presses, so this does nothing.
        case release
        /// A press and its release that arrived together, which curses pairs up; counted as
        /// a press.
        case click
        /// Clicks that arrived together, which curses pairs up whatever their cells.
        case doubleClick
        case wheelUp
        case wheelDown
    }

    public var x: Int
    public var y: Int
    public var kind: Kind

    public init(x: Int, y: Int, kind: Kind) {
        self.x = x
        self.y = y
        self.kind = kind
    }
}
