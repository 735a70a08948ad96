import BylineCore
import GRDB
import OrderedCollections

/// The full-text index: filled behind the lists (newest articles first) by whoever holds the
/// library open, queried by `S` and `byline search`.
extension IndexCache {
    /// Articles waiting to be indexed, newest first, and how many are in. An index holding
    /// more unreachable rows than `tolerated` and than a quarter of its articles (see
    /// `SearchSchema`) is emptied first, to be filled again.
    public func searchBacklog(tolerating tolerated: Int = orphansTolerated) -> SearchBacklog {
        guard let writer else { return SearchBacklog(pending: [], indexed: 0) }
        do {
            return try writer.write { db in
                if try SearchRows.tombstones(db) > max(tolerated, try SearchRows.indexedCount(db) / 4) {
                    try SearchRows.eraseAll(db)
                }
                let pending = try SearchRows.pending(db)
                let indexed = try SearchRows.indexedCount(db)
                // A fill that was cut short goes on numbering downwards.
                if pending.isEmpty || indexed == 0 { try SearchRows.setFilling(!pending.isEmpty, db) }
                return SearchBacklog(pending: pending, indexed: indexed)
            }
        } catch {
            return SearchBacklog(pending: [], indexed: 0)
        }
    }

    /// From this many tombstones on, the full-text index may be built again.
    public static let orphansTolerated = 1_000

    /// Reads the articles' files (on all cores, unless not `parallel`) and adds their words to
    /// the index, in one transaction; returns how many went in. An article whose file now says
    /// something else is left out: the scan that notices replaces its row, and the new row is
    /// indexed then. A file that cannot be read adds its title alone.
    @discardableResult
    public func indexForSearch(_ items: some Collection<Int64>, parallel: Bool = true) throws -> Int {
        guard let writer else { return 0 }
        let sources = try writer.read { db in try SearchRows.sources(items, db, root: root) }
        // The articles keep their order, newest first, which their numbers follow (see
        // `SearchSchema`).
        let documents = Self.articles(of: sources, parallel: parallel).compactMap { source, article -> (SearchRows.Source, String)? in
            guard let article else { return (source, "") }
            guard article.summary.contentHash == source.contentHash else { return nil }
            return (source, article.article.paragraphs.joined(separator: "\n"))
        }
        return try writer.write { db in
            let downwards = try SearchRows.isFilling(db)
            var added = 0
            // Numbers go down from the newest in a first fill, and up to the newest after it.
            for (source, body) in downwards ? documents : documents.reversed()
            where try SearchRows.add(source, body: body, downwards: downwards, db) {
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
            let found = try SearchRows.hits(expression, limit: limit, db)
            let unindexed = try (Int.fetchOne(db, sql: "SELECT count(*) FROM item") ?? 0) - SearchRows.indexedCount(db)
            return SearchResults(hits: found.hits, total: found.total, isTotalExact: found.isExact, unindexed: max(0, unindexed))
        }
    }

    /// A line of each hit's text around the query's words (`SearchSnippet`), read from the
    /// articles' files on all cores: the index keeps no text.
    public func snippets(for hits: [SearchHit], needles: [MatchNeedle]) -> [ArticleID: String] {
        guard let writer, !hits.isEmpty,
              let sources = try? writer.read({ db in try SearchRows.sources(hits.map(\.item), db, root: root) }) else { return [:] }
        let ids = Dictionary(hits.map { ($0.item, $0.id) }, uniquingKeysWith: { first, _ in first })
        let made = Self.articles(of: sources, parallel: true).map { source, article in
            (source.item, SearchSnippet.make(paragraphs: article?.article.paragraphs ?? [], needles: needles))
        }
        var snippets: [ArticleID: String] = [:]
        for (item, snippet) in made { if let id = ids[item] { snippets[id] = snippet } }
        return snippets
    }

    /// Each source's article as its file has it now (nil when the file cannot be read or no
    /// longer holds it), in order. A file of several articles (a feed, a mailbox) is read and
    /// parsed once, and files on all cores unless not `parallel`.
    private static func articles(
        of sources: [SearchRows.Source], parallel: Bool
    ) -> [(SearchRows.Source, ArticleLoader.Loaded?)] {
        var byPath: OrderedDictionary<String, [SearchRows.Source]> = [:]
        for source in sources { byPath[source.file.path, default: []].append(source) }
        let read = { @Sendable (group: [SearchRows.Source]) -> [(SearchRows.Source, ArticleLoader.Loaded?)] in
            let items = (try? ArticleLoader.load(group[0].file).get())?.items ?? []
            return group.map { ($0, $0.ord < items.count ? items[$0.ord] : nil) }
        }
        let groups = Array(byPath.values)
        return (parallel ? groups.concurrentMap(read) : groups.map(read)).flatMap { $0 }
    }

    /// Brings the full-text index up to date, in batches of `batch` articles, in rounds while
    /// articles arrive and are added (the last, finding none waiting, ends a first fill; one
    /// that adds nothing leaves articles whose files changed since the scan for the next).
    /// `goOn` is asked before each round and batch, and may wait (the interface waits out its
    /// scans); false stops. `progress(indexed, total)` follows each batch. The command line
    /// calls it at once; the interface's `SearchIndexer`, behind the lists.
    /// Returns how many articles the index holds once nothing is left to index; nil when it
    /// stopped before (told to, or a batch added nothing).
    @discardableResult
    public func catchUpSearch(
        batch: Int = 512, parallel: Bool = true, goOn: () -> Bool = { true }, progress: (Int, Int) -> Void = { _, _ in }
    ) throws -> Int? {
        while goOn() {
            let backlog = searchBacklog()
            if backlog.pending.isEmpty { return backlog.indexed }
            let total = backlog.indexed + backlog.pending.count
            var done = 0
            var added = 0
            while done < backlog.pending.count, goOn() {
                let slice = backlog.pending[done..<min(done + batch, backlog.pending.count)]
                added += try indexForSearch(slice, parallel: parallel)
                done += slice.count
                progress(backlog.indexed + done, total)
            }
            if added == 0 { return nil }
        }
        return nil
    }

    /// How many articles the full-text index holds; nil when it cannot be read.
    public func searchIndexedCount() -> Int? {
        guard let writer else { return nil }
        return try? writer.read(SearchRows.indexedCount)
    }

    /// Bytes on disk of the index's own tables and of the full-text index's, for the benchmark
    /// and `byline stats`.
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
