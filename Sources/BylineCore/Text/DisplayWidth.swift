/// How many terminal cells a piece of text occupies, measured per grapheme cluster so that
/// a letter with accents, a flag or an emoji family counts as the single glyph a terminal draws.
public enum DisplayWidth {
    /// 2 for wide (CJK, fullwidth) and emoji-presentation clusters, 0 for clusters that draw
    /// nothing on their own (combining marks, format and control characters), 1 otherwise.
    public static func of(_ c: Character) -> Int {
        if let ascii = c.asciiValue {
            // Controls (including "\r\n", whose asciiValue is LF) occupy no cell.
            return ascii >= 0x20 && ascii != 0x7F ? 1 : 0
        }
        return clusterWidth(c.unicodeScalars)
    }

    /// The sum of the widths of the grapheme clusters of `s`.
    public static func of<S: StringProtocol>(_ s: S) -> Int {
        // Most titles and body text are ASCII, where every printable byte is one cell, so a
        // byte scan avoids grapheme segmentation entirely. Scanning the contiguous buffer is
        // several times faster than iterating a generic `S.UTF8View` byte by byte.
        if let asciiWidth = s.utf8.withContiguousStorageIfAvailable(widthIfASCII), let asciiWidth {
            return asciiWidth
        }
        return s.reduce(0) { $0 + of($1) }
    }

    /// Cells taken by `bytes` if they are all ASCII, nil as soon as a non-ASCII byte shows up.
    private static func widthIfASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var width = 0
        for byte in bytes {
            if byte >= 0x80 {
                return nil
            }
            if byte >= 0x20 && byte != 0x7F {
                width += 1
            }
        }
        return width
    }

    private static func clusterWidth(_ scalars: Character.UnicodeScalarView) -> Int {
        var width = 0
        var regionalIndicators = 0
        var emojiScalars = 0
        var hasEmojiVariationSelector = false
        var hasZeroWidthJoiner = false
        for scalar in scalars {
            switch scalar.value {
            case 0xFE0F: hasEmojiVariationSelector = true
            case 0x200D: hasZeroWidthJoiner = true
            default: break
            }
            if isRegionalIndicator(scalar) {
                regionalIndicators += 1
            }
            if scalar.properties.isEmoji {
                emojiScalars += 1
            }
            width = max(width, scalarWidth(scalar))
        }
        // Terminals draw these as one colour emoji glyph even when each part alone would be
        // narrow: "❤" is text-style but "❤️" is not, and a lone regional indicator is a letter
        // but two make a flag. VS16 only counts after an emoji, since "a\u{FE0F}" is just "a".
        if regionalIndicators >= 2
            || (hasEmojiVariationSelector && emojiScalars > 0)
            || (hasZeroWidthJoiner && emojiScalars >= 2) {
            return 2
        }
        return width
    }

    private static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        if isZeroWidth(scalar) {
            return 0
        }
        // Regional indicators have Emoji_Presentation but are only drawn as an emoji in pairs
        // (a flag), which `clusterWidth` handles; alone they are a narrow letter.
        if isRegionalIndicator(scalar) {
            return 1
        }
        if scalar.properties.isEmojiPresentation || EastAsianWidth.isWide(scalar.value) {
            return 2
        }
        return 1
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .control,
             .lineSeparator, .paragraphSeparator:
            return true
        default:
            // Medial vowels and final consonants of conjoining Hangul Jamo join the leading
            // consonant's two cells rather than taking cells of their own.
            switch scalar.value {
            case 0x1160...0x11FF, 0xD7B0...0xD7FF: return true
            default: return false
            }
        }
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }
}
