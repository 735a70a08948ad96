/// Where a paragraph may be broken across lines: at whitespace, and also inside CJK text,
/// which has no spaces between words, so that a Chinese or Japanese sentence fills lines
/// instead of being treated as one enormous word.
enum LineBreakRules {
    /// Closing punctuation, iteration marks and small kana: Japanese and Chinese typesetting
    /// (kinsoku) never start a line with these.
    private static let noBreakBefore: Set<Character> = Set(
        "、。，．：；？！）」』】〕〉》〗〙〛］｝ー〜・ゝゞヽヾ々"
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
    )
    /// Opening brackets, which never end a line.
    private static let noBreakAfter: Set<Character> = Set("（「『【〔〈《〖〘〚［｛")
    /// Latin punctuation that ends a phrase, after which CJK text may start a new line.
    private static let closingLatinPunctuation: Set<Character> = Set(".,;:!?)]}")
    /// Latin brackets that open a phrase, before which a line after CJK text may end.
    private static let openingLatinPunctuation: Set<Character> = Set("([{")

    /// Splits `paragraph` into segments between which a line may break. Whitespace itself is
    /// not kept; it only marks the following segment as `followsSpace`.
    static func segments(of paragraph: String) -> [WrapSegment] {
        var segments: [WrapSegment] = []
        var current = WrapSegment(text: "", width: 0, followsSpace: false)
        var sawSpace = false
        var previous: Character?

        for character in paragraph {
            if isBreakingSpace(character) {
                if !current.text.isEmpty {
                    segments.append(current)
                    current = WrapSegment(text: "", width: 0, followsSpace: false)
                }
                sawSpace = true
                previous = nil
                continue
            }
            if let previous, !current.text.isEmpty, allowsBreak(between: previous, and: character) {
                segments.append(current)
                current = WrapSegment(text: "", width: 0, followsSpace: false)
            }
            if current.text.isEmpty {
                current.followsSpace = sawSpace
                sawSpace = false
            }
            current.text.append(character)
            current.width += DisplayWidth.of(character)
            previous = character
        }
        if !current.text.isEmpty {
            segments.append(current)
        }
        return segments
    }

    /// Whitespace that allows a break; no-break spaces are meant to hold words together.
    private static func isBreakingSpace(_ character: Character) -> Bool {
        guard character.isWhitespace else {
            return false
        }
        switch character {
        case "\u{00A0}", "\u{2007}", "\u{202F}": return false
        default: return true
        }
    }

    private static func allowsBreak(between before: Character, and after: Character) -> Bool {
        let allowed: Bool
        switch (isCJK(before), isCJK(after)) {
        case (true, true):
            allowed = true
        case (true, false):
            // A Latin word, number or bracket may start a line after CJK ("東京は|Tokyo",
            // "は|100円", "見て|(写真)"), but closing punctuation stays on its line ("東京.").
            allowed = after.isLetter || after.isNumber || openingLatinPunctuation.contains(after)
        case (false, true):
            // A number keeps its counter or unit ("100円"); a word or a sentence may end a
            // line ("Tokyo|です", "Fine.|東京"), but an opening bracket may not.
            allowed = before.isLetter || closingLatinPunctuation.contains(before)
        case (false, false):
            allowed = false
        }
        return allowed && !noBreakAfter.contains(before) && !noBreakBefore.contains(after)
    }

    /// Han, kana, CJK punctuation and fullwidth forms. Hangul is left out on purpose: Korean
    /// separates words with spaces, so its words should stay whole like Latin ones.
    private static func isCJK(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first else {
            return false
        }
        switch first.value {
        case 0x2E80...0x303E,   // radicals, CJK symbols and punctuation
             0x3041...0x30FF,   // Hiragana, Katakana
             0x31F0...0x31FF,   // Katakana phonetic extensions
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
             0xFE30...0xFE4F,   // CJK compatibility forms
             0xFF01...0xFF60,   // fullwidth forms
             0xFF61...0xFF9F,   // halfwidth Katakana
             0x1AFF0...0x1B16F, // Kana supplements
             0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
