import BylineCore
import GRDB

/// The full-text index: filled behind the lists (newest articles first) by whoever holds the
/// library open, queried by `S` and `byline search`.
extension IndexCache {
    /// Articles waiting to be indexed, newest first. An index holding more unreachable rows
    /// than this (see `SearchSchema`) is emptied first, to be filled again.
    public func searchBacklog(tolerating tolerated: Int = orphansTolerated) -> [Int64] {
        guard let writer else { return [] }
        do {
            return try writer.write { db in
                let orphans = try SearchRows.orphans(db)
                if orphans > max(tolerated, try SearchRows.indexedCount(db) / 4) {
                    try SearchRows.eraseAll(db)
                }
                return try SearchRows.pending(db)
            }
        } catch {
            return []
        }
    }

    /// From this many unreachable rows on, the full-text index may be built again.
    public static let orphansTolerated = 1_000

    /// Reads the articles' files (on all cores) and adds their words to the index, in one
    /// transaction; returns how many went in. A file that cannot be read now adds its title
    /// alone: its row changes, and it is indexed again, once the file does.
    @discardableResult
    public func indexForSearch(_ items: some Collection<Int64>) throws -> Int {
        guard let writer else { return 0 }
        let sources = try writer.read { db in try SearchRows.sources(items, db, root: root) }
        // A file of several articles (a feed, a mailbox) is parsed once.
        var byPath: [String: [SearchRows.Source]] = [:]
        for source in sources { byPath[source.file.path, default: []].append(source) }
        let documents = Array(byPath.values).concurrentMap { group -> [(Int64, String, String)] in
            let items = (try? ArticleLoader.load(group[0].file).get())?.items ?? []
            return group.map { source in
                let body = source.ord < items.count ? items[source.ord].article.paragraphs.joined(separator: "\n") : ""
                return (source.item, source.title, body)
            }
        }.flatMap { $0 }
        return try writer.write { db in
            var added = 0
            for (item, title, body) in documents where try SearchRows.add(item: item, title: title, body: body, db) {
                added += 1
            }
            return added
        }
    }

    /// The best `limit` articles for `query`, and how many matched.
    public func search(_ query: SearchQuery, limit: Int) throws -> SearchResults {
        guard let writer, let expression = query.matchExpression else {
            return SearchResults(hits: [], total: 0, unindexed: 0)
        }
        return try writer.read { db in
            let hits = try SearchRows.hits(expression, limit: limit, db)
            let total = hits.count < limit ? hits.count : try SearchRows.count(expression, db)
            let unindexed = try (Int.fetchOne(db, sql: "SELECT count(*) FROM item") ?? 0) - SearchRows.indexedCount(db)
            return SearchResults(hits: hits, total: total, unindexed: max(0, unindexed))
        }
    }

    /// Brings the full-text index up to date now, in batches; `progress(done, total)` after
    /// each. For the command line, which has no interface to build it behind.
    public func catchUpSearch(batch: Int = 512, progress: (Int, Int) -> Void = { _, _ in }) throws {
        let pending = searchBacklog()
        var done = 0
        while done < pending.count {
            let slice = pending[done..<min(done + batch, pending.count)]
            try indexForSearch(slice)
            done += slice.count
            progress(done, pending.count)
        }
    }

    /// Bytes on disk of the index's own tables and of the full-text index's, for the benchmark.
    public func footprint() -> (index: Int64, search: Int64)? {
        guard let writer else { return nil }
        return try? writer.read { db in
            var index: Int64 = 0
            var search: Int64 = 0
            let rows = try Row.fetchAll(db, sql: "SELECT name, sum(pgsize) FROM dbstat GROUP BY name")
            for row in rows {
                let name: String = row[0]
                let bytes: Int64 = row[1]
                if name.hasPrefix("search") { search += bytes } else { index += bytes }
            }
            return (index, search)
        }
    }
}
