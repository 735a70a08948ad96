/// Colours per element of the interface, as data: the terminal turns a theme into curses
/// colour pairs, and the config file picks a named one and changes single elements.
public struct Theme: Hashable, Sendable {
    public enum Color: Hashable, Sendable {
        /// The terminal's own foreground or background.
        case terminalDefault
        case black, red, green, yellow, blue, magenta, cyan, white
        /// One of a 256-colour terminal's colours, 0...255; on a terminal with fewer, the
        /// number modulo 8.
        case number(Int)

        public static let names: [String: Color] = [
            "default": .terminalDefault, "black": .black, "red": .red, "green": .green, "yellow": .yellow,
            "blue": .blue, "magenta": .magenta, "cyan": .cyan, "white": .white,
        ]

        public var name: String {
            if case .number(let value) = self { return "color\(value)" }
            return Self.names.first { $0.value == self }?.key ?? "default"
        }
    }

    public struct Entry: Hashable, Sendable {
        public var foreground: Color
        public var background: Color
        public var bold: Bool
        public var dim: Bool
        public var underline: Bool

        public init(_ foreground: Color = .terminalDefault, on background: Color = .terminalDefault,
                    bold: Bool = false, dim: Bool = false, underline: Bool = false) {
            self.foreground = foreground
            self.background = background
            self.bold = bold
            self.dim = dim
            self.underline = underline
        }

        /// As the config file writes it: "bold yellow on blue".
        public var description: String {
            var words: [String] = []
            if bold { words.append("bold") }
            if dim { words.append("dim") }
            if underline { words.append("underline") }
            words.append(foreground.name)
            if background != .terminalDefault { words += ["on", background.name] }
            return words.joined(separator: " ")
        }
    }

    public var name: String
    /// False for a theme of attributes only (`mono`), as with `--no-color`.
    public var usesColor: Bool
    public var entries: [Style.Role: Entry]

    public init(name: String, usesColor: Bool = true, entries: [Style.Role: Entry]) {
        self.name = name
        self.usesColor = usesColor
        self.entries = entries
    }

    public func entry(for role: Style.Role) -> Entry {
        entries[role] ?? Entry()
    }

    /// Tints on the terminal's own background, so it suits light and dark schemes alike.
    public static let standard = Theme(name: "default", entries: [
        .normal: Entry(),
        .titleBar: Entry(.blue, bold: true),
        .statusBar: Entry(.cyan),
        .paneHeader: Entry(.blue, bold: true),
        .selection: Entry(),
        .unread: Entry(bold: true),
        // The eight standard colours have no grey; dim is the portable "muted".
        .date: Entry(dim: true),
        .section: Entry(.cyan),
        .muted: Entry(dim: true),
        .accent: Entry(.yellow, bold: true),
        .message: Entry(.green),
        .error: Entry(.red, bold: true),
    ])

    /// Attributes only: bold, reverse and underline, as on a monochrome terminal.
    public static let mono = Theme(name: "mono", usesColor: false, entries: [:])

    /// Warm colours for a dark background.
    public static let dusk = Theme(name: "dusk", entries: standard.entries.merging([
        .titleBar: Entry(.magenta, bold: true),
        .statusBar: Entry(.yellow),
        .paneHeader: Entry(.magenta, bold: true),
        .section: Entry(.yellow),
        .accent: Entry(.cyan, bold: true),
        .message: Entry(.cyan),
    ]) { $1 })

    /// Darker colours that stay readable on a white background.
    public static let paper = Theme(name: "paper", entries: standard.entries.merging([
        .titleBar: Entry(.black, bold: true),
        .statusBar: Entry(.blue),
        .paneHeader: Entry(.black, bold: true),
        .section: Entry(.blue),
        .accent: Entry(.red, bold: true),
        .message: Entry(.blue),
        .date: Entry(.number(242)),
        .muted: Entry(.number(242)),
    ]) { $1 })

    public static let named: [String: Theme] = Dictionary(uniqueKeysWithValues: [standard, mono, dusk, paper].map { ($0.name, $0) })
}

extension Style.Role {
    /// The element's name in the config file's `[colors]` table.
    public var configName: String {
        switch self {
        case .normal: "text"
        case .titleBar: "title-bar"
        case .statusBar: "status-bar"
        case .paneHeader: "pane-header"
        case .selection: "selection"
        case .unread: "unread"
        case .date: "date"
        case .section: "section"
        case .muted: "muted"
        case .accent: "accent"
        case .message: "message"
        case .error: "error"
        }
    }
}
