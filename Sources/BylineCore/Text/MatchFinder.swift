/// Where folded queries (`MatchNeedle`) occur in a line of text, by characters: the reading
/// pane marks those places, `f`/`F` go from one line holding one to the next, and search
/// snippets are cut around the first.
public enum MatchFinder {
    /// The character ranges of `text` holding one of `needles`, in order, not overlapping
    /// (overlapping matches are joined). Folding changes lengths ("é" is two bytes, "e" one),
    /// so each character is folded on its own and the character each byte came from is kept.
    public static func ranges(of needles: [MatchNeedle], in text: String) -> [Range<Int>] {
        let needles = needles.filter { !$0.bytes.isEmpty }
        guard !needles.isEmpty else { return [] }
        let literal = needles.filter(\.isLiteral)
        let words = needles.filter { !$0.isLiteral }
        var found: [Range<Int>] = []
        if !literal.isEmpty { found += matches(literal, in: FoldedLine(text, loose: false)) }
        if !words.isEmpty { found += matches(words, in: FoldedLine(text, loose: true)) }
        guard literal.isEmpty || words.isEmpty else { return joined(found.sorted { $0.lowerBound < $1.lowerBound }) }
        return found
    }

    /// A filter's folded text, anywhere.
    public static func ranges(of needle: [UInt8], in text: String) -> [Range<Int>] {
        ranges(of: [.literal(needle)], in: text)
    }

    public static func contains(_ needles: [MatchNeedle], in text: String) -> Bool {
        !ranges(of: needles, in: text).isEmpty
    }

    public static func contains(_ needle: [UInt8], in text: String) -> Bool {
        contains([.literal(needle)], in: text)
    }

    private static func matches(_ needles: [MatchNeedle], in line: FoldedLine) -> [Range<Int>] {
        let folded = line.bytes
        var found: [Range<Int>] = []
        var at = 0
        while at < folded.count {
            guard let needle = needles.first(where: { line.holds($0, at: at) }) else {
                at += 1
                continue
            }
            let range = line.owner[at]..<(line.owner[at + needle.bytes.count - 1] + 1)
            if let last = found.last, last.upperBound > range.lowerBound {
                found[found.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                found.append(range)
            }
            at += needle.bytes.count
        }
        return found
    }

    private static func joined(_ sorted: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in sorted {
            if let last = result.last, last.upperBound > range.lowerBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    static let space = UInt8(ascii: " ")

    /// A folded search term with its punctuation and spacing as a loose line's: one space
    /// between words, none at either end.
    static func loosened(_ folded: [UInt8]) -> [UInt8] {
        var line = FoldedLine(String(decoding: folded, as: UTF8.self), loose: true)
        while line.bytes.last == space { line.bytes.removeLast() }
        return line.bytes
    }
}

/// A line folded for matching, and for each folded byte the character it came from. Loose,
/// every run of characters that are not letters or digits is one space, as for the
/// full-text index.
struct FoldedLine {
    var bytes: [UInt8] = []
    var owner: [Int] = []

    init(_ text: String, loose: Bool) {
        // ASCII without CR, as most lines are: a byte is a character ("\r\n" is one).
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            for (index, byte) in TextFolding.folded(text).enumerated() {
                append(!loose || Self.isWordByte(byte) ? byte : MatchFinder.space, from: index, loose: loose)
            }
            return
        }
        for (index, character) in text.enumerated() {
            if loose, !(character.isLetter || character.isNumber) {
                append(MatchFinder.space, from: index, loose: loose)
                continue
            }
            for byte in TextFolding.folded(String(character)) { append(byte, from: index, loose: loose) }
        }
    }

    /// Adds a folded byte; loose, a space only when the last byte was not one too.
    private mutating func append(_ byte: UInt8, from character: Int, loose: Bool) {
        if loose, byte == MatchFinder.space, bytes.last == MatchFinder.space || bytes.isEmpty { return }
        bytes.append(byte)
        owner.append(character)
    }

    /// ASCII letters and digits (folded to lower case), and every byte of other characters.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A)
    }

    func holds(_ needle: MatchNeedle, at start: Int) -> Bool {
        let end = start + needle.bytes.count
        guard end <= bytes.count, bytes[start..<end].elementsEqual(needle.bytes) else { return false }
        if needle.startsAtWord, start > 0, bytes[start - 1] != MatchFinder.space { return false }
        if needle.endsAtWord, end < bytes.count, bytes[end] != MatchFinder.space { return false }
        return true
    }
}
