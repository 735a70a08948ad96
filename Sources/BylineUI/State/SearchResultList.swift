import BylineCore

/// What `S` found: the section "Search: <query>" lists these stories, best first, each with
/// a line of its text around the words.
public struct SearchResultList: Hashable, Sendable {
    public var query: String
    /// The query's words folded, for marking them in the reading pane (see `MatchFinder`).
    public var needles: [MatchNeedle]
    public var ids: [ArticleID]
    public var snippets: [ArticleID: String]
    /// Results whose snippets were asked for, so each is asked for once.
    var snippetsAsked: Set<ArticleID> = []
    /// How many stories matched in all (`ids` holds the best of them); at least this many
    /// when not `isTotalExact`.
    public var total: Int
    public var isTotalExact: Bool
    /// Stories the full-text index does not hold yet: they could not be found.
    public var unindexed: Int

    public init(outcome: SearchOutcome) {
        query = outcome.query
        needles = SearchQuery(outcome.query).needles
        ids = outcome.hits.map(\.id)
        // A hit without a snippet had none cut yet: the list asks for it when it comes into view.
        snippets = Dictionary(outcome.hits.compactMap { hit in hit.snippet.map { (hit.id, $0) } }, uniquingKeysWith: { first, _ in first })
        snippetsAsked = Set(snippets.keys)
        total = outcome.total
        isTotalExact = outcome.isTotalExact
        unindexed = outcome.unindexed
    }

    /// "1,234", or "10,000+" when the search stopped counting.
    public var totalText: String {
        ScanProgress.grouped(total) + (isTotalExact ? "" : "+")
    }
}

/// A full-text search's answer, from the run loop to `update`.
public struct SearchOutcome: Hashable, Sendable {
    public struct Hit: Hashable, Sendable {
        public var id: ArticleID
        /// Nil when not cut yet (only the first screens' are, with the results).
        public var snippet: String?
        /// How well it matched, higher is better (see `SearchHit.rank`).
        public var rank: Double

        public init(id: ArticleID, snippet: String?, rank: Double = 0) {
            self.id = id
            self.snippet = snippet
            self.rank = rank
        }
    }

    public var query: String
    public var hits: [Hit]
    public var total: Int
    public var isTotalExact: Bool
    public var unindexed: Int
    /// Why the search could not run; nil when it did.
    public var failure: String?

    public init(query: String, hits: [Hit], total: Int, isTotalExact: Bool = true, unindexed: Int, failure: String? = nil) {
        self.query = query
        self.hits = hits
        self.total = total
        self.isTotalExact = isTotalExact
        self.unindexed = unindexed
        self.failure = failure
    }
}
