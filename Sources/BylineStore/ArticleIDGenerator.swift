import BylineCore

/// Makes a new article's id: 12 hex digits derived from where and what it was when first seen.
/// Derived rather than random so that a test library gets the same ids on every machine.
enum ArticleIDGenerator {
    static func make(for summary: ArticleSummary, avoiding taken: Set<String>) -> ArticleID {
        var salt = 0
        while true {
            let seed = "\(summary.identityPath)\u{0}\(summary.contentHash)\u{0}\(salt)"
            let id = String(ContentHash.of(seed.utf8).prefix(12))
            if !taken.contains(id) { return ArticleID(id) }
            salt += 1
        }
    }
}
