import BylineCore

/// One article a full-text query found.
public struct SearchHit: Hashable, Sendable {
    public var id: ArticleID
    /// The article's file and its place in it, for reading its text for a snippet.
    public var path: String
    public var ord: Int
    /// How well it matched: higher is better (SQLite's bm25, title words weighing more).
    public var rank: Double
}

/// What a query found: the best hits and how many matched in all.
public struct SearchResults: Hashable, Sendable {
    public var hits: [SearchHit]
    public var total: Int
    /// Articles not yet in the full-text index (it is built behind the lists): they could
    /// not be found.
    public var unindexed: Int

    public init(hits: [SearchHit], total: Int, unindexed: Int) {
        self.hits = hits
        self.total = total
        self.unindexed = unindexed
    }
}
