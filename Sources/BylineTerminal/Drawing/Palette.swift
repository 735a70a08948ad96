import BylineUI

/// The colour theme: one entry, and one curses colour pair, per `Style.Role`.
///
/// Colours are foreground tints on the terminal's own background. Bars and the selection get
/// their fill from the style's `reverse`, which the interface sets so that a monochrome
/// terminal shows them too; reversing a tint turns it into a coloured bar, so one `Style`
/// reads well with and without colour.
struct Palette: Sendable {
    struct Entry: Hashable, Sendable {
        var foreground: TerminalColor
        var background: TerminalColor = .terminalDefault
        /// Added to the style's own attributes when colours are on.
        var attributes: TextAttributes = []
    }

    private let entries: [Style.Role: Entry]

    init(_ entries: [Style.Role: Entry]) {
        self.entries = entries
    }

    func entry(for role: Style.Role) -> Entry {
        entries[role] ?? Entry(foreground: .terminalDefault)
    }

    /// Pair 0 is curses' fixed default pair, which is exactly what `.normal` wants; every
    /// other role gets its own pair so the theme can change without touching the drawing.
    static func pairNumber(for role: Style.Role) -> Int16 {
        Int16(role.rawValue)
    }

    static let standard = Palette(theme: .standard)

    /// The theme's entries as curses colours and attributes.
    init(theme: Theme) {
        var entries: [Style.Role: Entry] = [:]
        for role in Style.Role.allCases {
            let entry = theme.entry(for: role)
            var attributes: TextAttributes = []
            if entry.bold { attributes.insert(.bold) }
            if entry.dim { attributes.insert(.dim) }
            if entry.underline { attributes.insert(.underline) }
            entries[role] = Entry(
                foreground: TerminalColor(entry.foreground), background: TerminalColor(entry.background),
                attributes: attributes)
        }
        self.init(entries)
    }
}
