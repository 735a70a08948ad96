import BylineUI
import CNcursesw

/// One of the eight colours every colour terminal has, a numbered one, or the terminal's own
/// default.
enum TerminalColor: Hashable, Sendable {
    case terminalDefault
    case black, red, green, yellow, blue, magenta, cyan, white
    case number(Int16)

    init(_ color: Theme.Color) {
        switch color {
        case .terminalDefault: self = .terminalDefault
        case .black: self = .black
        case .red: self = .red
        case .green: self = .green
        case .yellow: self = .yellow
        case .blue: self = .blue
        case .magenta: self = .magenta
        case .cyan: self = .cyan
        case .white: self = .white
        case .number(let value): self = .number(Int16(clamping: max(0, min(255, value))))
        }
    }

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
        // A terminal of 8 or 16 colours gets its own colour of that number modulo 8.
        case .number(let value): Int32(value) < cn_colors() ? value : value % 8
        }
    }
}
