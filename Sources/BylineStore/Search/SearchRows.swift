import BylineCore
import GRDB

/// Reading and writing the full-text index's rows (see `SearchSchema`).
enum SearchRows {
    static func eraseAll(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO search (search) VALUES ('delete-all');
            DELETE FROM searchdoc;
            UPDATE meta SET value = '0' WHERE key = 'searchOrphans';
            """)
    }

    static func orphans(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'searchOrphans'") ?? 0
    }

    static func indexedCount(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM searchdoc") ?? 0
    }

    /// Articles not yet in the full-text index, newest first: what a reader looks for first.
    static func pending(_ db: Database) throws -> [Int64] {
        try Int64.fetchAll(db, sql: """
            SELECT i.rowid FROM item i WHERE NOT EXISTS (SELECT 1 FROM searchdoc d WHERE d.item = i.rowid)
            ORDER BY i.instant DESC
            """)
    }

    /// What indexing an article needs: its title, its file, and its place in the file.
    struct Source {
        var item: Int64
        var title: String
        var ord: Int
        var file: LibraryFile
    }

    static func sources(_ items: some Collection<Int64>, _ db: Database, root: LibraryRoot) throws -> [Source] {
        let statement = try db.makeStatement(sql: """
            SELECT i.rowid, i.title, i.ord, i.path, \(IndexRows.fileColumns)
            FROM item i JOIN file f ON f.path = i.path WHERE i.rowid = ?
            """)
        var sources: [Source] = []
        sources.reserveCapacity(items.count)
        for item in items {
            guard let row = try Row.fetchOne(statement, arguments: [item]) else { continue }
            sources.append(Source(item: row[0], title: row[1], ord: row[2], file: IndexRows.file(row, path: row[3], from: 4, root: root)))
        }
        return sources
    }

    /// Adds one article's words. False when the article's row went meanwhile (a rescan) or
    /// another Byline indexed it first.
    static func add(item: Int64, title: String, body: String, _ db: Database) throws -> Bool {
        try db.execute(
            sql: "INSERT OR IGNORE INTO searchdoc (item) SELECT ? WHERE EXISTS (SELECT 1 FROM item WHERE rowid = ?)",
            arguments: [item, item])
        guard db.changesCount == 1 else { return false }
        try db.execute(
            sql: "INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)",
            arguments: [db.lastInsertedRowID, SearchText.indexed(title), SearchText.indexed(body)])
        return true
    }

    /// A title match weighs this much more than a body match.
    static let titleWeight = 5.0

    /// The best `limit` matches, best first. Rows whose article is gone never match: the
    /// join to `searchdoc` leaves their words unreachable.
    static func hits(_ expression: String, limit: Int, _ db: Database) throws -> [SearchHit] {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT i.articleID, i.path, i.ord, bm25(search, \(titleWeight), 1.0) AS score
            FROM search JOIN searchdoc d ON d.docid = search.rowid JOIN item i ON i.rowid = d.item
            WHERE search MATCH ? ORDER BY score LIMIT ?
            """, arguments: [expression, limit])
        var hits: [SearchHit] = []
        while let row = try rows.next() {
            guard let id: String = row[0] else { continue }
            // bm25 is negative, more so for better matches: the rank shown is its opposite.
            hits.append(SearchHit(id: ArticleID(id), path: row[1], ord: row[2], rank: -(row[3] as Double)))
        }
        return hits
    }

    static func count(_ expression: String, _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT count(*) FROM search JOIN searchdoc d ON d.docid = search.rowid WHERE search MATCH ?
            """, arguments: [expression]) ?? 0
    }
}
