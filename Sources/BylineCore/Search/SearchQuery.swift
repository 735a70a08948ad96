/// What a reader types to search the whole library, understood the way search boxes usually
/// do: words must all be there (in the title or the body), `"quoted words"` must be there in
/// that order, `word*` finds words that start so, `-word` leaves out stories holding it, and
/// `OR` between two terms takes either. Case and accents do not count.
///
/// It becomes an SQLite FTS5 expression in which every term is a quoted string, so nothing a
/// reader types is read as FTS5 syntax of its own (`NEAR`, `:` column filters, `^`).
public struct SearchQuery: Hashable, Sendable {
    public struct Term: Hashable, Sendable {
        /// The words as typed, without quotes, star or dash.
        public var text: String
        public var isPhrase: Bool
        public var isPrefix: Bool
        public var isExcluded: Bool
        /// Joined to the term before it by OR rather than AND.
        public var isAlternative: Bool
    }

    /// The query as typed.
    public let text: String
    public let terms: [Term]

    public init(_ text: String) {
        self.text = text
        terms = Self.parse(text)
    }

    /// True when there is something to search for: at least one word that is not left out.
    public var isSearchable: Bool { terms.contains { !$0.isExcluded } }

    /// The FTS5 MATCH expression; nil when the query is not searchable.
    public var matchExpression: String? {
        // OR binds tighter than AND here, as a reader means it ("zebra crossing OR senate" is
        // zebra, and either of the others), and looser in FTS5: each chain is bracketed.
        var chains: [[Term]] = []
        for term in terms where !term.isExcluded {
            if term.isAlternative, !chains.isEmpty { chains[chains.count - 1].append(term) } else { chains.append([term]) }
        }
        guard !chains.isEmpty else { return nil }
        let expression = chains.map { chain in
            chain.count == 1 ? Self.fts(chain[0]) : "(" + chain.map(Self.fts).joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
        let excluded = terms.filter(\.isExcluded)
        guard !excluded.isEmpty else { return expression }
        return "(" + expression + ")" + excluded.map { " NOT " + Self.fts($0) }.joined()
    }

    /// The terms looked for, for marking them in the text and cutting snippets around them.
    public var needles: [MatchNeedle] {
        terms.filter { !$0.isExcluded }.map { .words($0.text, prefix: $0.isPrefix) }
    }

    // MARK: parsing

    private static func parse(_ text: String) -> [Term] {
        var terms: [Term] = []
        var alternative = false
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { !$0.isWhitespace }) {
            rest = rest[start...]
            var excluded = false
            if rest.first == "-", rest.dropFirst().first.map({ !$0.isWhitespace }) == true {
                excluded = true
                rest = rest.dropFirst()
            }
            var words: Substring
            var phrase = false
            if rest.first == "\"" {
                rest = rest.dropFirst()
                let close = rest.firstIndex(of: "\"") ?? rest.endIndex
                words = rest[..<close]
                rest = close < rest.endIndex ? rest[rest.index(after: close)...] : rest[close...]
                phrase = true
            } else {
                let end = rest.firstIndex { $0.isWhitespace || $0 == "\"" } ?? rest.endIndex
                words = rest[..<end]
                rest = rest[end...]
            }
            var prefix = false
            if phrase, rest.first == "*" {
                prefix = true
                rest = rest.dropFirst()
            }
            while words.last == "*" {
                prefix = true
                words = words.dropLast()
            }
            if !phrase, !excluded, words == "OR", !terms.isEmpty {
                alternative = true
                continue
            }
            // Punctuation alone finds nothing, and an empty FTS5 string is an error.
            guard words.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
            terms.append(Term(
                text: String(words), isPhrase: phrase, isPrefix: prefix, isExcluded: excluded,
                isAlternative: alternative && !excluded))
            alternative = false
        }
        return terms
    }

    /// One term as an FTS5 string. CJK runs become the pairs `SearchText` indexed: a run is
    /// followed by its last character alone only where other words follow it (where the text's
    /// run must end too), and a single character at the end becomes a prefix, matching every
    /// pair it starts as well as a run it ends.
    private static func fts(_ term: Term) -> String {
        var tokens: [String] = []
        var prefix = term.isPrefix
        let pieces = CJKRuns.pieces(of: term.text)
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .other(let scalars):
                tokens.append(String(String.UnicodeScalarView(scalars)))
            case .cjk(let run):
                let followed = pieces[(index + 1)...].contains { later in
                    if case .other(let scalars) = later {
                        return scalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
                    }
                    return true
                }
                tokens += CJKRuns.bigrams(run)
                if run.count > 1, followed, let last = run.last { tokens.append(String(last)) }
                if run.count == 1, !followed { prefix = true }
            }
        }
        let joined = tokens.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"")
        return "\"" + joined + "\"" + (prefix ? "*" : "")
    }
}
