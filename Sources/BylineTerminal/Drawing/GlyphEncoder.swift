/// Chooses the code points to hand curses for one glyph so that curses, which measures each
/// code point with `wcwidth`, advances exactly as many columns as the screen model says.
///
/// The model measures whole grapheme clusters, curses measures code points, and they
/// disagree on some clusters: an emoji family is 2 cells to the model but 6 to `wcwidth`,
/// "❤️" is 2 to the model but 1 to `wcwidth`. Without this, everything after such a cluster in
/// the run would shift. Pure: the width function is passed in, so tests need no locale.
enum GlyphEncoder {
    /// Curses keeps at most this many zero-width characters with a spacing one (CCHARW_MAX - 1).
    static let maxCombiningPerCharacter = 4

    static func scalars(for glyph: Glyph, width: (Unicode.Scalar) -> Int) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var used = 0
        var combining = 0
        for scalar in glyph.text.unicodeScalars {
            let w = isPrintableASCII(scalar) ? 1 : width(scalar)
            if w < 0 { continue }  // unprintable to curses: it would draw it as "^X" or "<a0>"
            if w == 0 {
                // A zero-width character needs a spacing one to attach to.
                guard !result.isEmpty, combining < maxCombiningPerCharacter else { continue }
                result.append(scalar)
                combining += 1
                continue
            }
            if used + w > glyph.width { break }  // the rest of the cluster would not fit
            result.append(scalar)
            used += w
            combining = 0
        }
        // A joiner left dangling by the cut above could glue this glyph to the next one.
        while result.last == zeroWidthJoiner { result.removeLast() }
        if used == 0 {
            result = []
            let replacement: Unicode.Scalar = width(replacementCharacter) == 1 ? replacementCharacter : "?"
            if glyph.width > 0 {
                result.append(replacement)
                used = 1
            }
        }
        while used < glyph.width {
            result.append(" ")
            used += 1
        }
        return result
    }

    private static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"
    private static let replacementCharacter: Unicode.Scalar = "\u{FFFD}"

    private static func isPrintableASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x20 && scalar.value < 0x7F
    }
}
