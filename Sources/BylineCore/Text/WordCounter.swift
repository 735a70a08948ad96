/// Counts words the way reading-time estimates need them: runs of non-space characters, except
/// that each CJK ideograph or kana counts on its own (Chinese and Japanese use no spaces).
/// A value that is fed bytes or scalars, so a caller walking a file's bytes for other reasons
/// (`PlainTextSummarizer`) counts in the same pass.
struct WordCounter {
    private(set) var count = 0
    /// 1 inside a word, else 0: a number, so the ASCII step below needs no branch (a branch
    /// per word boundary mispredicts about once a word).
    private var inWord: UInt8 = 0

    static func count(in text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var counter = WordCounter()
            counter.add(utf8: bytes)
            return counter.count
        }
    }

    /// Punctuation does not start a word: "—" between spaces, or the full stop after "東京.",
    /// is not one more word.
    @inline(__always)
    mutating func add(ascii byte: UInt8) {
        (count, inWord) = Self.step(ascii: byte, count: count, inWord: inWord)
    }

    mutating func add(_ scalar: Unicode.Scalar) {
        (count, inWord) = Self.step(scalar, count: count, inWord: inWord)
    }

    /// The counting rule as functions of plain values, so a caller's loop keeps its state in
    /// registers (a mutating call on a struct in memory made every byte wait for the last).
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

    /// Over the bytes, decoding a scalar only where one is not ASCII.
    mutating func add(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                add(ascii: lead)
                index += 1
                continue
            }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            var value = UInt32(lead) & UInt32(0x7F >> length)
            for offset in 1..<length where index + offset < bytes.count {
                value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            }
            index += length
            if let scalar = Unicode.Scalar(value) { add(scalar) }
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
