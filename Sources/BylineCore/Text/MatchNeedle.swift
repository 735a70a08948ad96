/// One thing `MatchFinder` looks for in a line of text, folded (`TextFolding`).
public struct MatchNeedle: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A `/` filter's text: its folded bytes as typed, anywhere, as the filter matches titles.
        case literal
        /// A search term: whole words, as the full-text index matches them, so punctuation and
        /// spacing between them do not count ("city council" is in "city, council") and "art"
        /// is not in "start". A prefix term's last word may go on ("harb*" is in "harbor").
        /// CJK has no spaces between words: a CJK end is matched anywhere.
        case words(prefix: Bool)
    }

    public let bytes: [UInt8]
    public let kind: Kind
    /// Whether a match must begin, and end, where a word does.
    let startsAtWord: Bool
    let endsAtWord: Bool

    /// A filter's needle, already folded.
    public static func literal(_ folded: [UInt8]) -> MatchNeedle {
        MatchNeedle(bytes: folded, kind: .literal, startsAtWord: false, endsAtWord: false)
    }

    /// A search term's words as typed.
    public static func words(_ text: String, prefix: Bool) -> MatchNeedle {
        let folded = MatchFinder.loosened(TextFolding.folded(text))
        let scalars = String(decoding: folded, as: UTF8.self).unicodeScalars
        let startsCJK = scalars.first.map { CJKRuns.isCJK($0.value) } ?? false
        let endsCJK = scalars.last.map { CJKRuns.isCJK($0.value) } ?? false
        return MatchNeedle(bytes: folded, kind: .words(prefix: prefix), startsAtWord: !startsCJK, endsAtWord: !endsCJK && !prefix)
    }

    var isLiteral: Bool { kind == .literal }
}
