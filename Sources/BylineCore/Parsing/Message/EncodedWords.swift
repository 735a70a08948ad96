/// RFC 2047 encoded words in header text: `=?charset?B?base64?=` and `=?charset?Q?text?=`.
enum EncodedWords {
    private struct Word {
        var charset: String
        var bytes: [UInt8]
        var end: Int
    }

    /// Decodes every encoded word in `text`. Whitespace between two adjacent encoded words is
    /// dropped (RFC 2047 6.2), and adjacent words in one charset are joined as bytes before
    /// decoding, since encoders split multi-byte characters across words. Words glued to other
    /// text are decoded too: strict parsers leave them, but senders write them that way.
    static func decode(_ text: String, warnings: inout [String]) -> String {
        let bytes = Array(text.utf8)
        guard bytes.count > 1, bytes.contains(0x3F) else { return text }
        var output = ""
        var pending: (charset: String, bytes: [UInt8])?
        var literalStart = 0
        var afterWord = false
        var index = 0

        func flushPending() {
            guard let word = pending else { return }
            output += MessageCharset.decode(word.bytes, charset: word.charset, warnings: &warnings)
            pending = nil
        }

        while index < bytes.count {
            guard bytes[index] == 0x3D, let word = word(at: index, in: bytes) else {
                index += 1
                continue
            }
            let between = bytes[literalStart..<index]
            if afterWord, between.allSatisfy({ MessageHeaders.isWhitespace($0) || $0 == 0x0A }) {
                if pending?.charset != word.charset { flushPending() }
            } else {
                flushPending()
                output += String(decoding: between, as: UTF8.self)
            }
            if pending == nil { pending = (word.charset, []) }
            pending?.bytes.append(contentsOf: word.bytes)
            index = word.end
            literalStart = index
            afterWord = true
        }
        flushPending()
        output += String(decoding: bytes[literalStart...], as: UTF8.self)
        return output
    }

    /// The encoded word starting at `start` ("=?"), or nil when the bytes there are not one.
    private static func word(at start: Int, in bytes: [UInt8]) -> Word? {
        guard start + 1 < bytes.count, bytes[start + 1] == 0x3F else { return nil }
        let charsetStart = start + 2
        guard let charsetEnd = token(from: charsetStart, in: bytes), charsetEnd > charsetStart,
              charsetEnd + 2 < bytes.count, bytes[charsetEnd + 2] == 0x3F
        else { return nil }
        let textStart = charsetEnd + 3
        guard let textEnd = token(from: textStart, in: bytes), textEnd + 1 < bytes.count, bytes[textEnd + 1] == 0x3D
        else { return nil }
        // RFC 2231 lets a language follow the charset: "utf-8*en".
        let label = String(decoding: bytes[charsetStart..<charsetEnd], as: UTF8.self)
        let charset = label.split(separator: "*", omittingEmptySubsequences: false).first.map(String.init) ?? label
        let encoded = bytes[textStart..<textEnd]
        let decoded: [UInt8]
        switch bytes[charsetEnd + 1] {
        case 0x42, 0x62: decoded = Base64.decode(encoded).bytes
        case 0x51, 0x71: decoded = QuotedPrintable.decode(encoded, underscoreIsSpace: true)
        default: return nil
        }
        return Word(charset: charset, bytes: decoded, end: textEnd + 2)
    }

    /// The index of the "?" that ends a token starting at `start`; nil if whitespace or the end
    /// comes first (encoded words contain neither).
    private static func token(from start: Int, in bytes: [UInt8]) -> Int? {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3F { return index }
            if byte <= 0x20 || byte == 0x7F { return nil }
            index += 1
        }
        return nil
    }
}
