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
        switch state.overlay {
        case .links?:
            return [KeyHint("j/k", "select", nil), KeyHint("0-9", "number", nil), KeyHint("Enter", "open", .openSelectedLink),
                    KeyHint("y", "copy", .copySelectedLink), KeyHint("Esc", "close", .back)]
        case .help?: return [KeyHint("j/k", "scroll", nil), KeyHint("other keys", "close", .toggleHelp)]
        case .problems?: return [KeyHint("j/k", "scroll", nil), KeyHint("other keys", "close", .toggleProblems)]
        case nil: break
        }
        // The keys are the keymap's, so a key moved by the config file is hinted where it is
        // now, and an action left without a key is not hinted at all.
        func bound(_ action: Action, _ label: String, runs: Action? = nil) -> KeyHint? {
            guard let key = state.keymap.bindings.first(where: { $0.action == action && $0.context.holds(with: state.focus) })?
                .keys.first else { return nil }
            return KeyHint(key.label, label, runs ?? action)
        }
        let help = bound(.toggleHelp, "help")
        let next = bound(.nextUnread, "next unread")
        let hints: [KeyHint?]
        if state.hasLoaded && state.entries.isEmpty {
            hints = [bound(.rescan, "rescan"), bound(.backOrQuit, "quit", runs: .quit)]
        } else {
            switch state.focus {
            case .sections:
                hints = [bound(.open, "open"), next, bound(.markAllRead, "mark all read"), help, bound(.backOrQuit, "quit")]
            case .stories:
                hints = [bound(.open, "read"), next, bound(.toggleRead, "mark"), bound(.toggleUnreadOnly, "unread only"), help,
                         bound(.backOrQuit, "back")]
            case .reader:
                hints = [bound(.readOn, "page"), next, bound(.nextStory, "next"), bound(.previousStory, "prev"),
                         bound(.toggleRead, "mark"), bound(.showLinks, "links"), help, bound(.backOrQuit, "back")]
            }
        }
        return hints.compactMap { $0 }
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
