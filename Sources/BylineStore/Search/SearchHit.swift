import BylineCore

/// One article a full-text query found.
public struct SearchHit: Hashable, Sendable {
    public var id: ArticleID
    /// The article's file and its place in it, for reading its text for a snippet.
    public var path: String
    public var ord: Int
    /// The article's row in the index.
    public var item: Int64
    /// How well it matched: higher is better (SQLite's bm25, title words weighing more).
    public var rank: Double
}

/// Articles waiting for the full-text index, newest first, and how many it holds.
public struct SearchBacklog: Hashable, Sendable {
    public var pending: [Int64]
    public var indexed: Int
}

/// What a query found: the best hits and how many matched in all.
public struct SearchResults: Hashable, Sendable {
    public var hits: [SearchHit]
    /// How many matched; when not `isTotalExact`, at least this many (see `SearchRows.hits`).
    public var total: Int
    public var isTotalExact: Bool
    /// Articles not yet in the full-text index (it is built behind the lists): they could
    /// not be found.
    public var unindexed: Int

    public init(hits: [SearchHit], total: Int, isTotalExact: Bool = true, unindexed: Int) {
        self.hits = hits
        self.total = total
        self.isTotalExact = isTotalExact
        self.unindexed = unindexed
    }
}
