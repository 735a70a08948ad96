import BylineCore

/// One key hint on the status line ("n next unread"), with the action a click on it runs: the
/// status line draws from the same list the mouse is checked against, so a click always runs
/// the hint drawn under it.
public struct KeyHint: Hashable, Sendable {
    public var key: String
    public var label: String
    /// Nil for a hint that stands for several keys ("0-9 number"): drawn, not clickable.
    public var action: Action?

    public init(_ key: String, _ label: String, _ action: Action?) {
        self.key = key
        self.label = label
        self.action = action
    }

    public var text: String { key + " " + label }
}

/// A hint where the status line draws it.
public struct PlacedHint: Hashable, Sendable {
    public var hint: KeyHint
    public var columns: Range<Int>
}

extension StatusBar {
    static let hintSeparator = " · "

    /// The hints for what has focus, most used first: a narrow line keeps the first ones.
    static func hints(for state: AppState) -> [KeyHint] {
        let help = KeyHint("?", "help", .toggleHelp)
        let next = KeyHint("n", "next unread", .nextUnread)
        switch state.overlay {
        case .links?:
            return [KeyHint("j/k", "select", nil), KeyHint("0-9", "number", nil), KeyHint("Enter", "open", .openSelectedLink),
                    KeyHint("y", "copy", .copySelectedLink), KeyHint("Esc", "close", .back)]
        case .help?: return [KeyHint("j/k", "scroll", nil), KeyHint("other keys", "close", .toggleHelp)]
        case .problems?: return [KeyHint("j/k", "scroll", nil), KeyHint("other keys", "close", .toggleProblems)]
        case nil: break
        }
        if state.hasLoaded && state.entries.isEmpty { return [KeyHint("r", "rescan", .rescan), KeyHint("q", "quit", .quit)] }
        switch state.focus {
        case .sections:
            return [KeyHint("Enter", "open", .open), next, KeyHint("A", "mark all read", .markAllRead), help,
                    KeyHint("q", "quit", .backOrQuit)]
        case .stories:
            return [KeyHint("Enter", "read", .open), next, KeyHint("m", "mark", .toggleRead),
                    KeyHint("u", "unread only", .toggleUnreadOnly), help, KeyHint("q", "back", .backOrQuit)]
        case .reader:
            return [KeyHint("Space", "page", .readOn), next, KeyHint("J", "next", .nextStory), KeyHint("K", "prev", .previousStory),
                    KeyHint("m", "mark", .toggleRead), KeyHint("L", "links", .showLinks), help, KeyHint("q", "back", .backOrQuit)]
        }
    }

    /// The hints as the status line draws them: right-aligned after the left part, and cut
    /// with "…" where the line is too narrow. Nil when the line shows something else (a
    /// message, a question, a line being typed) or has no room; only hints drawn whole are placed.
    static func hintLine(for state: AppState, in rect: Rect) -> (text: String, x: Int, placed: [PlacedHint])? {
        guard state.message == nil, state.prompt == nil, state.pipeEntry == nil, state.searchEntry == nil,
              state.filter?.isEditing != true else { return nil }
        let used = TextWrapper.truncate(leftText(state), toWidth: rect.width).displayWidth
        let room = rect.width - used - 3
        guard room > 0 else { return nil }
        let hints = hints(for: state)
        let full = hints.map(\.text).joined(separator: hintSeparator)
        let text = TextWrapper.truncate(full, toWidth: room)
        let x = rect.maxX - text.displayWidth - 1
        let whole = text == full ? text.displayWidth : text.displayWidth - "…".displayWidth
        var placed: [PlacedHint] = []
        var column = 0
        for hint in hints {
            let width = hint.text.displayWidth
            if column + width <= whole { placed.append(PlacedHint(hint: hint, columns: (x + column)..<(x + column + width))) }
            column += width + hintSeparator.displayWidth
        }
        return (text, x, placed)
    }

    /// The hint drawn at column `x` of the status line, if any.
    static func hint(at x: Int, for state: AppState, in rect: Rect) -> KeyHint? {
        hintLine(for: state, in: rect)?.placed.first { $0.columns.contains(x) }?.hint
    }
}

extension AppState {
    /// The key hints the status line shows whole, and the columns of its row each takes.
    public var statusHints: [PlacedHint] {
        layout.statusBar.flatMap { StatusBar.hintLine(for: self, in: $0)?.placed } ?? []
    }
}
