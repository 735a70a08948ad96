import BylineUI

/// How a cell is drawn: curses attributes plus a colour pair (0 is the terminal's default).
struct Appearance: Hashable, Sendable {
    var attributes: TextAttributes
    var colorPair: Int16
}

/// Maps a `Style` to what curses draws. Without colour only the style's own attributes are
/// used, because the interface already encodes focus and unread in them; colour adds a tint
/// and the palette's emphasis, and never takes an attribute away.
enum StyleMapper {
    static func appearance(for style: Style, palette: Palette?) -> Appearance {
        var attributes: TextAttributes = []
        if style.bold { attributes.insert(.bold) }
        if style.reverse { attributes.insert(.reverse) }
        if style.underline { attributes.insert(.underline) }
        guard let palette else {
            return Appearance(attributes: attributes, colorPair: 0)
        }
        attributes.formUnion(palette.entry(for: style.role).attributes)
        return Appearance(attributes: attributes, colorPair: Palette.pairNumber(for: style.role))
    }
}
