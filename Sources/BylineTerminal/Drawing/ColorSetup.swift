import BylineUI
import CNcursesw

enum ColorSetup {
    /// Starts colour and defines one pair per role. False when the terminal cannot show the
    /// palette, and drawing should use attributes only.
    static func start(_ palette: Palette) -> Bool {
        guard cn_has_colors() != 0, start_color() == OK else { return false }
        let highestPair = Style.Role.allCases.map(Palette.pairNumber(for:)).max() ?? 0
        guard cn_color_pairs() > Int32(highestPair) else { return false }
        // With default colours the theme tints the user's own scheme instead of painting a
        // black background over it.
        let hasDefaultColors = use_default_colors() == OK
        let defaultForeground = hasDefaultColors ? -1 : Int16(COLOR_WHITE)
        let defaultBackground = hasDefaultColors ? -1 : Int16(COLOR_BLACK)
        for role in Style.Role.allCases {
            let pair = Palette.pairNumber(for: role)
            guard pair != 0 else { continue }  // pair 0 is fixed by curses
            let entry = palette.entry(for: role)
            init_pair(
                pair,
                entry.foreground.cursesValue(fallback: defaultForeground),
                entry.background.cursesValue(fallback: defaultBackground))
        }
        return true
    }
}
