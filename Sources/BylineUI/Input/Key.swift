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

extension Key {
    /// The key a control byte stands for: Backspace, Tab, Enter and Esc are control bytes
    /// themselves (Ctrl-H, Ctrl-I, Ctrl-J or Ctrl-M, Ctrl-[), the other Ctrl-letters their own.
    /// Nil for a byte no key sends alone (NUL, the other C0 codes).
    public init?(controlCode code: Int) {
        switch code {
        case 8, 127: self = .backspace  // terminals send either for the Backspace key
        case 9: self = .tab
        case 10, 13: self = .enter  // nonl() keeps Return as CR; some terminals send LF
        case 27: self = .escape  // Alt-x arrives as Esc then x, which is good enough
        case 1...26:
            guard let letter = Unicode.Scalar(UInt32(code) + 0x60) else { return nil }
            self = .control(Character(letter))
        default: return nil
        }
    }
}
