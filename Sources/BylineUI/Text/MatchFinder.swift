import BylineCore

/// Where a folded query (`TextFolding`) occurs in a line of text, by characters: the reading
/// pane marks those places, and `f`/`F` go from one line holding one to the next.
enum MatchFinder {
    /// The character ranges of `text` whose folded form holds `needle`, in order, not
    /// overlapping. Folding changes lengths ("é" is two bytes, "e" one), so each character
    /// is folded on its own and its bytes remembered.
    static func ranges(of needle: [UInt8], in text: String) -> [Range<Int>] {
        guard !needle.isEmpty else { return [] }
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
        while at + needle.count <= folded.count {
            if folded[at..<(at + needle.count)].elementsEqual(needle) {
                let range = owner[at]..<(owner[at + needle.count - 1] + 1)
                if let last = found.last, last.upperBound > range.lowerBound {
                    found[found.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
                } else {
                    found.append(range)
                }
                at += needle.count
            } else {
                at += 1
            }
        }
        return found
    }

    static func contains(_ needle: [UInt8], in text: String) -> Bool {
        guard !needle.isEmpty else { return false }
        let folded = TextFolding.folded(text)
        guard folded.count >= needle.count else { return false }
        return (0...(folded.count - needle.count)).contains { folded[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
