extension Key {
    /// A key as the config file names it: one character ("n", "?", "é"), or a name as the help
    /// page writes it ("Space", "Enter", "PgDn", "Ctrl-L"; also "C-l", "^L", "Escape",
    /// "PageDown"), names in any case. Nil for anything else.
    public init?(name: String) {
        if name.count == 1, let character = name.first {
            // A control character or a lone space is not a key name anyone can read.
            guard character != " ", !character.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            else { return nil }
            self = .character(character)
            return
        }
        let lower = name.lowercased()
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter else { return nil }
            // Named as what arrives (Ctrl-I is Tab), and not at all for those that never reach
            // a program in cbreak mode (Ctrl-C, Ctrl-Z) or freeze the terminal (Ctrl-S, Ctrl-Q).
            guard !"czsq".contains(letter), let code = letter.asciiValue.map({ Int($0) - 0x60 }),
                  let key = Key(controlCode: code) else { return nil }
            self = key
            return
        }
        guard let key = Self.named[lower] else { return nil }
        self = key
    }

    private static let named: [String: Key] = [
        "space": .character(" "), "enter": .enter, "return": .enter, "tab": .tab, "shift-tab": .backTab,
        "backtab": .backTab, "esc": .escape, "escape": .escape, "backspace": .backspace, "up": .up, "down": .down,
        "left": .left, "right": .right, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end,
    ]
}
