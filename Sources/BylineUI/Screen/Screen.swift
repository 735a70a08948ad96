import BylineCore

/// A grid of cells that views draw into and the terminal copies to the real screen. A wide
/// character fills its cell and marks the next one as its continuation, as terminals do.
public struct Screen: Sendable, Equatable {
    public struct Cell: Hashable, Sendable {
        /// One grapheme cluster; "" in the continuation cell of a wide character.
        public var text: String
        public var style: Style
        public var isContinuation: Bool { text.isEmpty }

        public static let blank = Cell(text: " ", style: .normal)
    }

    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Writes text at (x, y), clipped to `maxWidth` cells and the screen edge; returns the number
    /// of cells used. The text is sanitized here too, so nothing from a file can reach the
    /// terminal as a control sequence even if a view forgot.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x >= 0, x < size.width else { return 0 }
        let limit = min(size.width, x + (maxWidth ?? size.width))
        var column = x
        for character in Sanitizer.sanitize(text) {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if column + width > limit { break }
            clearHalves(of: column..<(column + width), y: y)
            cells[y * size.width + column] = Cell(text: String(character), style: style)
            if width == 2 { cells[y * size.width + column + 1] = Cell(text: "", style: style) }
            column += width
        }
        return column - x
    }

    /// Paints a rectangle with spaces in a style (a selection bar, a title bar).
    public mutating func fill(_ rect: Rect, style: Style) {
        let columns = max(0, rect.x)..<min(size.width, rect.maxX)
        guard !columns.isEmpty else { return }
        for y in max(0, rect.y)..<min(size.height, rect.maxY) {
            clearHalves(of: columns, y: y)
            for x in columns {
                cells[y * size.width + x] = Cell(text: " ", style: style)
            }
        }
    }

    /// Before `columns` of row `y` are overwritten: a wide character that straddles either
    /// edge would be left as half a glyph, which terminals draw as garbage, so its outside half
    /// becomes a blank.
    private mutating func clearHalves(of columns: Range<Int>, y: Int) {
        let row = y * size.width
        if let first = columns.first, first > 0, cells[row + first].isContinuation {
            cells[row + first - 1] = Cell(text: " ", style: cells[row + first - 1].style)
        }
        if let last = columns.last, last + 1 < size.width, cells[row + last + 1].isContinuation {
            cells[row + last + 1] = Cell(text: " ", style: cells[row + last + 1].style)
        }
    }

    /// Re-styles existing cells (keeps their text).
    public mutating func restyle(_ rect: Rect, _ transform: (inout Style) -> Void) {
        for y in max(0, rect.y)..<min(size.height, rect.maxY) {
            for x in max(0, rect.x)..<min(size.width, rect.maxX) {
                transform(&cells[y * size.width + x].style)
            }
        }
    }

    /// A row as plain text, trailing blanks trimmed: what golden tests compare.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<size.width { text += self[x, y].text }
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }

    /// The whole screen as text, one line per row, trailing blank lines dropped.
    public var text: String {
        var lines = (0..<size.height).map(line)
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
