/// Makes untrusted text (article titles, bodies, file names) safe to draw on a terminal.
///
/// A terminal acts on escape sequences and controls instead of drawing them, so a hostile
/// article could clear the screen, retitle the window, plant a clipboard write (OSC 52) or
/// hide a link target (OSC 8). Bidi controls can make text read differently from how it is
/// stored, and invisible characters can make two different strings look the same.
public enum Sanitizer {
    /// Returns `s` with every escape sequence removed whole, line breaks turned into single
    /// spaces, tabs expanded to the next multiple of `tabWidth` display columns, and all other
    /// control, bidi and invisible zero-width characters dropped. ZWJ and ZWNJ stay because
    /// emoji sequences and several scripts need them.
    public static func sanitize(_ s: String, tabWidth: Int = 4) -> String {
        // This runs on every title of a large library, and almost none need changes, so the
        // common case is a read-only scan with no allocation.
        guard s.unicodeScalars.contains(where: needsWork) else {
            return s
        }
        let stripped = ControlSequenceStripper.strip(s.unicodeScalars)
        guard stripped.hasTabs else {
            return stripped.text
        }
        // A tab width below 1 has no next multiple to move to; treat it as one column.
        return expandTabs(stripped.text, tabWidth: max(1, tabWidth))
    }

    /// True when `s` holds nothing `sanitize` would remove or rewrite: what every string drawn
    /// from an article must be.
    public static func isClean(_ s: String) -> Bool {
        !s.unicodeScalars.contains(where: needsWork)
    }

    /// True for every scalar the sanitizer removes or rewrites.
    static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F {
            return false
        }
        switch value {
        case 0x00...0x1F, 0x7F...0x9F,  // C0, DEL, C1
             0x2028, 0x2029:            // line and paragraph separators
            return true
        default:
            return isInvisibleFormat(scalar)
        }
    }

    /// Bidi controls and invisible zero-width characters, which are always dropped.
    static func isInvisibleFormat(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C,              // Arabic letter mark
             0x200E, 0x200F,      // LRM, RLM
             0x202A...0x202E,     // embeddings and overrides
             0x2066...0x2069,     // isolates
             0x200B, 0x2060,      // zero-width space, word joiner
             0xFEFF:              // zero-width no-break space (BOM)
            return true
        default:
            return false
        }
    }

    private static func expandTabs(_ s: String, tabWidth: Int) -> String {
        var result = ""
        result.reserveCapacity(s.utf8.count)
        var column = 0
        // Tabs are measured in display columns, not scalars, so the text after a tab lines up
        // on screen even when what precedes it is CJK or emoji.
        for character in s {
            if character == "\t" {
                let spaces = tabWidth - column % tabWidth
                result.append(String(repeating: " ", count: spaces))
                column += spaces
            } else {
                result.append(character)
                column += DisplayWidth.of(character)
            }
        }
        return result
    }
}
