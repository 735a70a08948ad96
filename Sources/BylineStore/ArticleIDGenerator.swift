import BylineCore

/// Makes a new article's id: 12 hex digits derived from where and what it was when first seen.
/// Derived rather than random so that a test library gets the same ids on every machine.
enum ArticleIDGenerator {
    static func make(for summary: ArticleSummary, avoiding taken: Set<String>) -> ArticleID {
        // The digest of "path NUL hash NUL salt", hashed in pieces rather than joined: a first
        // scan makes 100,000 of these.
        var seed = FNV1a()
        seed.add(contentsOf: summary.identityPath.utf8)
        seed.add(0)
        seed.add(contentsOf: summary.contentHash.utf8)
        seed.add(0)
        var salt = 0
        while true {
            var digest = seed
            digest.add(contentsOf: String(salt).utf8)
            let id = String(digest.hex.prefix(12))
            if !taken.contains(id) { return ArticleID(id) }
            salt += 1
        }
    }
}
