/// Counts words the way reading-time estimates need them: runs of non-space characters, except
/// that each CJK ideograph or kana counts on its own (Chinese and Japanese use no spaces).
/// The rule is a step over plain values (the count so far, and 1 inside a word), so a caller
/// walking a file's bytes for other reasons (`PlainTextSummarizer`) counts in the same pass.
enum WordCounter {
    static func count(in text: String) -> Int {
        var (count, inWord) = (0, UInt8(0))
        for scalar in text.unicodeScalars { (count, inWord) = step(scalar, count: count, inWord: inWord) }
        return count
    }

    /// Plain values in and out, so a caller's loop keeps its state in registers (a mutating call
    /// on a struct in memory made every byte wait for the last). Punctuation does not start a
    /// word: "—" between spaces, or the full stop after "東京.", is not one more word.
    @inline(__always)
    static func step(ascii byte: UInt8, count: Int, inWord: UInt8) -> (Int, UInt8) {
        // `|` rather than `||`: a short-circuit is a branch, mispredicted at every word's end.
        let space: UInt8 = (byte == 0x20 ? 1 : 0) | (byte &- 0x09 < 5 ? 1 : 0)
        let letter: UInt8 = (byte &- 0x30 < 10 ? 1 : 0) | ((byte | 0x20) &- 0x61 < 26 ? 1 : 0)
        return (count &+ Int(letter & ~inWord), (inWord | letter) & ~space)
    }

    static func step(_ scalar: Unicode.Scalar, count: Int, inWord: UInt8) -> (Int, UInt8) {
        switch scalar.value {
        case 0..<0x80:
            return step(ascii: UInt8(scalar.value), count: count, inWord: inWord)
        case 0xC0...0x24F where scalar.value != 0xD7 && scalar.value != 0xF7:
            // Accented Latin letters, the commonest non-ASCII in news, without a property lookup.
            return (count + Int(1 & ~inWord), 1)
        case 0x2010...0x2027, 0x2030...0x205E:
            // Dashes, quotes and ellipses: punctuation, neither a word nor a space.
            return (count, inWord)
        default:
            // CJK first: no space is in its ranges, and it needs no property lookup.
            if isCJK(scalar) { return (count + 1, 0) }
            if scalar.properties.isWhitespace { return (count, 0) }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                return (count + Int(1 & ~inWord), 1)
            }
            return (count, inWord)
        }
    }

    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
             0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
