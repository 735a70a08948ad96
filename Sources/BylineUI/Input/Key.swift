/// A key press as the terminal reports it, before it means anything.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)  // Ctrl-L is .control("l")
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace

    /// How the help screen writes the key.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + c.uppercased()
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .escape: "Esc"
        case .backspace: "Backspace"
        }
    }
}
