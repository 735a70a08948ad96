/// Chinese, Japanese and Korean text has no spaces between words, so a word tokenizer sees a
/// whole sentence as one word and "東京" could not find "東京都". The full-text index is given
/// such runs as overlapping pairs of characters (bigrams, as Lucene's CJK analyzer does), which
/// makes any substring of two or more characters a phrase of pairs.
enum CJKRuns {
    /// Han, kana (with the prolonged sound mark, without the middle dot) and Hangul.
    static func isCJK(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x11FF, 0x3040...0x309F, 0x30A1...0x30FA, 0x30FC...0x30FF, 0x31F0...0x31FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF66...0xFF9F,
             0x20000...0x3FFFF:
            true
        default:
            false
        }
    }

    /// One piece of text: a run of CJK characters, or anything else as it is.
    enum Piece {
        case cjk([Unicode.Scalar])
        case other(Substring.UnicodeScalarView)
    }

    static func pieces(of text: String) -> [Piece] {
        var pieces: [Piece] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            var end = index
            if isCJK(scalars[index].value) {
                var run: [Unicode.Scalar] = []
                while end < scalars.endIndex, isCJK(scalars[end].value) {
                    run.append(scalars[end])
                    end = scalars.index(after: end)
                }
                pieces.append(.cjk(run))
            } else {
                while end < scalars.endIndex, !isCJK(scalars[end].value) { end = scalars.index(after: end) }
                pieces.append(.other(Substring(text)[index..<end].unicodeScalars))
            }
            index = end
        }
        return pieces
    }

    /// The pairs of a run, each as a string.
    static func bigrams(_ run: [Unicode.Scalar]) -> [String] {
        guard run.count > 1 else { return run.map { String($0) } }
        return (0..<(run.count - 1)).map { String(String.UnicodeScalarView(run[$0...($0 + 1)])) }
    }

    static func contains(in text: String) -> Bool {
        text.unicodeScalars.contains { $0.value >= 0x1100 && isCJK($0.value) }
    }
}
