import CNcursesw

/// One of the eight colours every colour terminal has, or the terminal's own default.
enum TerminalColor: Hashable, Sendable {
    case terminalDefault
    case black, red, green, yellow, blue, magenta, cyan, white

    /// The number `init_pair` wants. -1 asks for the terminal's own colour, which needs
    /// `use_default_colors`; `fallback` stands in when that is unavailable.
    func cursesValue(fallback: Int16) -> Int16 {
        switch self {
        case .terminalDefault: fallback
        case .black: Int16(COLOR_BLACK)
        case .red: Int16(COLOR_RED)
        case .green: Int16(COLOR_GREEN)
        case .yellow: Int16(COLOR_YELLOW)
        case .blue: Int16(COLOR_BLUE)
        case .magenta: Int16(COLOR_MAGENTA)
        case .cyan: Int16(COLOR_CYAN)
        case .white: Int16(COLOR_WHITE)
        }
    }
}
