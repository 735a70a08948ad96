/// Where folded queries (`TextFolding`) occur in a line of text, by characters: the reading
/// pane marks those places, `f`/`F` go from one line holding one to the next, and search
/// snippets are cut around the first. Punctuation and spacing between words do not count,
/// as they do not for the full-text index: "city council" is found in "city, council".
public enum MatchFinder {
    /// The character ranges of `text` whose folded form holds one of `needles`, in order, not
    /// overlapping (overlapping matches are joined). Folding changes lengths ("é"
    /// is two bytes, "e" one), so each character is folded on its own and its bytes remembered.
    public static func ranges(ofAny needles: [[UInt8]], in text: String) -> [Range<Int>] {
        let needles = needles.map(loosened).filter { !$0.isEmpty }
        guard !needles.isEmpty else { return [] }
        var folded: [UInt8] = []
        var owner: [Int] = []  // for each folded byte, the character it came from
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII, as most lines are: a byte is a character.
            for (index, byte) in TextFolding.folded(text).enumerated() {
                append(isWordByte(byte) ? byte : space, from: index, to: &folded, &owner)
            }
        } else {
            for (index, character) in text.enumerated() {
                guard character.isLetter || character.isNumber else {
                    append(space, from: index, to: &folded, &owner)
                    continue
                }
                for byte in TextFolding.folded(String(character)) { append(byte, from: index, to: &folded, &owner) }
            }
        }
        var found: [Range<Int>] = []
        var at = 0
        while at < folded.count {
            guard let needle = needles.first(where: { folded.holds($0, at: at) }) else {
                at += 1
                continue
            }
            let range = owner[at]..<(owner[at + needle.count - 1] + 1)
            if let last = found.last, last.upperBound > range.lowerBound {
                found[found.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                found.append(range)
            }
            at += needle.count
        }
        return found
    }

    public static func ranges(of needle: [UInt8], in text: String) -> [Range<Int>] {
        ranges(ofAny: [needle], in: text)
    }

    public static func contains(any needles: [[UInt8]], in text: String) -> Bool {
        !ranges(ofAny: needles, in: text).isEmpty
    }

    public static func contains(_ needle: [UInt8], in text: String) -> Bool {
        contains(any: [needle], in: text)
    }

    private static let space = UInt8(ascii: " ")

    /// ASCII letters and digits, and every byte of other characters (judged whole before).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    /// Adds a folded byte; a separator only when the last one was not one too.
    private static func append(_ byte: UInt8, from character: Int, to folded: inout [UInt8], _ owner: inout [Int]) {
        if byte == space, folded.last == space || folded.isEmpty { return }
        folded.append(byte)
        owner.append(character)
    }

    /// A folded needle with its punctuation and spacing as the text's are: one space between
    /// words, none at either end.
    static func loosened(_ needle: [UInt8]) -> [UInt8] {
        var folded: [UInt8] = []
        var owner: [Int] = []
        for (index, character) in String(decoding: needle, as: UTF8.self).enumerated() {
            let word = character.isLetter || character.isNumber
            for byte in word ? Array(character.utf8) : [space] { append(byte, from: index, to: &folded, &owner) }
        }
        while folded.last == space { folded.removeLast() }
        return folded
    }
}

extension [UInt8] {
    fileprivate func holds(_ needle: [UInt8], at start: Int) -> Bool {
        guard start + needle.count <= count else { return false }
        return self[start..<(start + needle.count)].elementsEqual(needle)
    }
}
