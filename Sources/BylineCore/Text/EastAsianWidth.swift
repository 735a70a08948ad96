/// The code points a terminal draws two cells wide, from Unicode's EastAsianWidth.txt (W and F).
///
/// Only the blocks that real text uses are listed: a full table is thousands of lines for
/// scripts an article reader will rarely see. Emoji are not listed here because
/// `Unicode.Scalar.Properties.isEmojiPresentation` already marks exactly the emoji that
/// EastAsianWidth.txt calls W, and the emoji blocks also hold text-style symbols
/// (e.g. U+1F321 THERMOMETER) that terminals draw one cell wide.
enum EastAsianWidth {
    /// Sorted and non-overlapping, so a binary search can find a code point.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,   // Hangul Jamo leading consonants
        0x231A...0x231B,   // watch, hourglass
        0x2329...0x232A,   // angle brackets
        0x2E80...0x303E,   // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x3247,   // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, enclosed CJK
        0x3250...0x33FF,   // (3248–324F are ambiguous-width circled numbers) more enclosed CJK, CJK compatibility
        0x3400...0x4DBF,   // CJK Extension A
        0x4E00...0x9FFF,   // CJK Unified Ideographs
        0xA000...0xA4CF,   // Yi
        0xA960...0xA97F,   // Hangul Jamo Extended-A
        0xAC00...0xD7A3,   // Hangul syllables
        0xF900...0xFAFF,   // CJK compatibility ideographs
        0xFE10...0xFE19,   // vertical forms
        0xFE30...0xFE6F,   // CJK compatibility forms, small form variants
        0xFF00...0xFF60,   // fullwidth ASCII variants
        0xFFE0...0xFFE6,   // fullwidth signs
        0x16FE0...0x16FF1, // ideographic symbols
        0x17000...0x18D08, // Tangut, Khitan
        0x1AFF0...0x1B2FF, // Kana supplement and extensions, Nushu
        0x1F200...0x1F2FF, // enclosed ideographic supplement
        0x20000...0x2FFFD, // CJK Extensions B–F, compatibility supplement
        0x30000...0x3FFFD, // CJK Extension G and later
    ]

    static func isWide(_ value: UInt32) -> Bool {
        // Everything below the first range (Latin, Greek, Cyrillic, Arabic, Indic…) is narrow;
        // checking that first keeps the common case to a single comparison.
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
