import BylineUI

/// An element's colour as the config file writes it: attributes, a colour, and "on" a
/// background: "bold yellow", "cyan on blue", "dim", "color208".
enum ColorSpec {
    struct Failure: Error {
        var reason: String
    }

    static func parse(_ text: String) -> Result<Theme.Entry, Failure> {
        var entry = Theme.Entry()
        var colors: [Theme.Color] = []
        var sawOn = false
        for word in text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init) {
            switch word {
            case "bold": entry.bold = true
            case "dim": entry.dim = true
            case "underline": entry.underline = true
            case "on":
                guard !sawOn else { return .failure(Failure(reason: "“on” twice")) }
                if colors.isEmpty { colors.append(.terminalDefault) }
                sawOn = true
            default:
                guard let color = color(word) else {
                    return .failure(Failure(reason: "“\(word)” is not a colour (use bold, dim, underline, default, black, red, "
                        + "green, yellow, blue, magenta, cyan, white or color0 to color255, and “on” before a background)"))
                }
                guard colors.count < (sawOn ? 2 : 1) else { return .failure(Failure(reason: "one colour, then “on” and one more")) }
                colors.append(color)
            }
        }
        if sawOn && colors.count < 2 { return .failure(Failure(reason: "“on” needs a colour after it")) }
        entry.foreground = colors.first ?? .terminalDefault
        entry.background = colors.count > 1 ? colors[1] : .terminalDefault
        return .success(entry)
    }

    private static func color(_ word: String) -> Theme.Color? {
        if let named = Theme.Color.names[word] { return named }
        guard word.hasPrefix("color"), let number = Int(word.dropFirst(5)), (0...255).contains(number) else { return nil }
        return .number(number)
    }
}
