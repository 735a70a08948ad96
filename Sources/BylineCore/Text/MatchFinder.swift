/// Where folded queries (`TextFolding`) occur in a line of text, by characters: the reading
/// pane marks those places, `f`/`F` go from one line holding one to the next, and search
/// snippets are cut around the first.
public enum MatchFinder {
    /// The character ranges of `text` whose folded form holds one of `needles`, in order, not
    /// overlapping (overlapping matches are joined). Folding changes lengths ("é"
    /// is two bytes, "e" one), so each character is folded on its own and its bytes remembered.
    public static func ranges(ofAny needles: [[UInt8]], in text: String) -> [Range<Int>] {
        let needles = needles.filter { !$0.isEmpty }
        guard !needles.isEmpty else { return [] }
        var folded: [UInt8] = []
        var owner: [Int] = []  // for each folded byte, the character it came from
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII, as most lines are: a byte is a character.
            folded = TextFolding.folded(text)
            owner = Array(folded.indices)
        } else {
            for (index, character) in text.enumerated() {
                let bytes = TextFolding.folded(String(character))
                folded.append(contentsOf: bytes)
                owner.append(contentsOf: repeatElement(index, count: bytes.count))
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
        let needles = needles.filter { !$0.isEmpty }
        guard !needles.isEmpty else { return false }
        let folded = TextFolding.folded(text)
        return folded.indices.contains { at in needles.contains { folded.holds($0, at: at) } }
    }

    public static func contains(_ needle: [UInt8], in text: String) -> Bool {
        contains(any: [needle], in: text)
    }
}

extension [UInt8] {
    fileprivate func holds(_ needle: [UInt8], at start: Int) -> Bool {
        guard start + needle.count <= count else { return false }
        return self[start..<(start + needle.count)].elementsEqual(needle)
    }
}
