import BylineUI

/// What one screen cell becomes on the terminal: its grapheme cluster and how many columns
/// it covers (2 for a wide character, whose continuation cell has no glyph of its own).
struct Glyph: Hashable, Sendable {
    var text: String
    var width: Int
}

/// Neighbouring cells of one row that share a style, drawn with a single curses call.
struct StyledRun: Hashable, Sendable {
    var column: Int
    var style: Style
    var glyphs: [Glyph]

    var width: Int { glyphs.reduce(0) { $0 + $1.width } }
    var text: String { glyphs.map(\.text).joined() }
}
