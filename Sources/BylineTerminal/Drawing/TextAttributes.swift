import CNcursesw

/// The video attributes a cell is drawn with, independent of curses' bit layout so the style
/// mapping can be tested as plain values.
struct TextAttributes: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    static let bold = TextAttributes(rawValue: 1 << 0)
    static let reverse = TextAttributes(rawValue: 1 << 1)
    static let underline = TextAttributes(rawValue: 1 << 2)
    static let dim = TextAttributes(rawValue: 1 << 3)

    /// The `attr_t` bits for `wattr_set`.
    var cursesValue: attr_t {
        var value = cn_A_NORMAL()
        if contains(.bold) { value |= cn_A_BOLD() }
        if contains(.reverse) { value |= cn_A_REVERSE() }
        if contains(.underline) { value |= cn_A_UNDERLINE() }
        if contains(.dim) { value |= cn_A_DIM() }
        return attr_t(value)
    }
}
