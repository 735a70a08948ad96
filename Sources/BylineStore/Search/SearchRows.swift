import BylineCore
import GRDB

/// Reading and writing the full-text index's rows (see `SearchSchema`).
enum SearchRows {
    /// The number of the newest article of a first fill: room below for a library of any
    /// size, and above for every article indexed after it.
    static let firstNumber: Int64 = 1 << 40

    static func eraseAll(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO search (search) VALUES ('delete-all');
            DELETE FROM searchdoc;
            UPDATE meta SET value = '0' WHERE key = 'searchFilling';
            """)
    }

    /// Rows whose article is gone.
    static func tombstones(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM searchdoc WHERE item IS NULL") ?? 0
    }

    static func indexedCount(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM searchdoc WHERE item IS NOT NULL") ?? 0
    }

    /// Whether a first fill is under way: its articles are numbered downwards.
    static func isFilling(_ db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'searchFilling'") == "1"
    }

    static func setFilling(_ filling: Bool, _ db: Database) throws {
        try db.execute(sql: "UPDATE meta SET value = ? WHERE key = 'searchFilling'", arguments: [filling ? "1" : "0"])
    }

    /// Articles not yet in the full-text index, newest first: what a reader looks for first.
    static func pending(_ db: Database) throws -> [Int64] {
        try Int64.fetchAll(db, sql: """
            SELECT i.rowid FROM item i WHERE NOT EXISTS (SELECT 1 FROM searchdoc d WHERE d.item = i.rowid)
            ORDER BY i.instant DESC
            """)
    }

    /// What indexing an article needs: its title, its file, its place in the file, and the
    /// hash of its content, which the text read must have and its row must still have.
    struct Source {
        var item: Int64
        var title: String
        var ord: Int
        var contentHash: String
        var file: LibraryFile
    }

    static func sources(_ items: some Collection<Int64>, _ db: Database, root: LibraryRoot) throws -> [Source] {
        let statement = try db.makeStatement(sql: """
            SELECT i.rowid, i.title, i.ord, i.contentHash, i.path, \(IndexRows.fileColumns)
            FROM item i JOIN file f ON f.path = i.path WHERE i.rowid = ?
            """)
        var sources: [Source] = []
        sources.reserveCapacity(items.count)
        for item in items {
            guard let row = try Row.fetchOne(statement, arguments: [item]) else { continue }
            sources.append(Source(
                item: row[0], title: row[1], ord: row[2], contentHash: row[3], file: IndexRows.file(row, path: row[4], from: 5, root: root)))
        }
        return sources
    }

    /// Adds one article's words under the next number down (`downwards`, a first fill) or up.
    /// False when its row is not the one read (a rescan replaced it meanwhile, and SQLite may
    /// have given its number to another article) or another Byline indexed it first.
    static func add(_ source: Source, body: String, downwards: Bool, _ db: Database) throws -> Bool {
        let item = source.item
        guard try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM item WHERE rowid = ? AND path = ? AND ord = ? AND contentHash = ?)
                AND NOT EXISTS (SELECT 1 FROM searchdoc WHERE item = ?)
            """, arguments: [item, source.file.path, source.ord, source.contentHash, item]) == true else { return false }
        let title = source.title
        let docid = downwards
            ? (try Int64.fetchOne(db, sql: "SELECT min(docid) FROM searchdoc") ?? firstNumber + 1) - 1
            : (try Int64.fetchOne(db, sql: "SELECT max(docid) FROM searchdoc") ?? firstNumber) + 1
        try db.execute(sql: "INSERT INTO searchdoc (docid, item) VALUES (?, ?)", arguments: [docid, item])
        try db.execute(
            sql: "INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)",
            arguments: [docid, SearchText.indexed(title), SearchText.indexed(body)])
        return true
    }

    /// A title match weighs this much more than a body match.
    static let titleWeight = 5.0

    /// At most this many matches are ranked, the newest: ranking every match of a word found
    /// in nearly every article (SQLite's bm25 reads each one's positions) took a quarter
    /// second at 100,000 articles; the newest 10,000 take a tenth of that.
    static let rankedAtMost = 10_000

    /// The best `limit` matches, best first, among the newest `rankedAtMost`; and how many
    /// matched, exactly when fewer than that were found.
    static func hits(_ expression: String, limit: Int, _ db: Database) throws -> (hits: [SearchHit], total: Int, isExact: Bool) {
        let tombstones = Set(try Int64.fetchAll(db, sql: "SELECT docid FROM searchdoc WHERE item IS NULL"))
        let rows = try Row.fetchCursor(db, sql: """
            SELECT rowid, bm25(search, \(titleWeight), 1.0) FROM search WHERE search MATCH ?
            ORDER BY rowid DESC LIMIT ?
            """, arguments: [expression, rankedAtMost + tombstones.count])
        var candidates: [(docid: Int64, score: Double)] = []
        while let row = try rows.next(), candidates.count < rankedAtMost {
            let docid: Int64 = row[0]
            if !tombstones.contains(docid) { candidates.append((docid, row[1])) }
        }
        let isExact = candidates.count < rankedAtMost
        // bm25 is negative, more so for better matches; ties go to the newer.
        candidates.sort { $0.score != $1.score ? $0.score < $1.score : $0.docid > $1.docid }
        let article = try db.makeStatement(sql: """
            SELECT i.articleID, i.path, i.ord, i.rowid FROM searchdoc d JOIN item i ON i.rowid = d.item WHERE d.docid = ?
            """)
        var hits: [SearchHit] = []
        for candidate in candidates where hits.count < limit {
            guard let row = try Row.fetchOne(article, arguments: [candidate.docid]), let id: String = row[0] else { continue }
            hits.append(SearchHit(id: ArticleID(id), path: row[1], ord: row[2], item: row[3], rank: -candidate.score))
        }
        return (hits, candidates.count, isExact)
    }
}
