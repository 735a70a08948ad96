/// One article as the lists see it: identity, what the file says, and whether it was read.
public struct LibraryEntry: Hashable, Sendable, Identifiable {
    public var id: ArticleID
    public var summary: ArticleSummary
    public var isRead: Bool

    public init(id: ArticleID, summary: ArticleSummary, isRead: Bool) {
        self.id = id
        self.summary = summary
        self.isRead = isRead
    }

    /// Newest first, then by path so equal dates keep a stable order.
    public static func newestFirst(_ a: LibraryEntry, _ b: LibraryEntry) -> Bool {
        if a.summary.date.instant != b.summary.date.instant {
            return a.summary.date.instant > b.summary.date.instant
        }
        return a.summary.path < b.summary.path
    }
}
