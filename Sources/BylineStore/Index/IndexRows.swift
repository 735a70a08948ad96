import BylineCore
import Foundation
import GRDB
import OrderedCollections

/// Reading and writing the index's rows. Columns are read by position: a warm start reads
/// every row, and named lookups would cost more than the rest of the work.
enum IndexRows {
    static func claim(_ db: Database, root: String) throws {
        let known = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'root'")
        guard known != root else { return }
        // An index of another folder is of no use here.
        try eraseAll(db)
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('root', ?)", arguments: [root])
    }

    static func eraseAll(_ db: Database) throws {
        try SearchRows.eraseAll(db)
        try db.execute(sql: "DELETE FROM item; DELETE FROM file; DELETE FROM meta WHERE key = 'stateToken'")
    }

    static func setStateToken(_ db: Database, _ token: String) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('stateToken', ?)", arguments: [token])
    }

    /// True when the index's ids were issued by the state with `token`.
    static func isIssued(by token: String, _ db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'stateToken'") == token
    }

    /// A file row's columns, for `file(_:path:from:root:)` from 1 and `notes(_:)`.
    static let fileRowColumns = "path, systemPath, section, size, mtimeNs, device, inode, formatHint, skipReason, warnings"

    /// The parser notes of a file row read with `fileRowColumns`.
    static func notes(_ row: Row) -> [String] {
        guard let notes: String = row[9], !notes.isEmpty else { return [] }
        return notes.components(separatedBy: "\n")
    }

    static func snapshot(_ db: Database, stateToken: String, root: LibraryRoot) throws -> IndexSnapshot {
        let tokenMatches = try isIssued(by: stateToken, db)
        var files: [String: LibraryFile] = [:]
        var skipped: [String: String] = [:]
        var warnings: [String: [String]] = [:]
        let fileRows = try Row.fetchCursor(db, sql: """
            SELECT \(fileRowColumns) FROM file
            """)
        while let row = try fileRows.next() {
            let path: String = row[0]
            files[path] = file(row, path: path, from: 1, root: root)
            if let reason: String = row[8] { skipped[path] = reason }
            let fileNotes = notes(row)
            if !fileNotes.isEmpty { warnings[path] = fileNotes }
        }

        var summaries: [String: [ArticleSummary]] = [:]
        var ids: OrderedDictionary<String, ArticleID> = [:]
        ids.reserveCapacity(files.count)
        let itemRows = try Row.fetchCursor(db, sql: "SELECT \(itemColumns) FROM item i ORDER BY i.path, i.ord")
        while let row = try itemRows.next() {
            let path: String = row[0]
            guard let file = files[path], let summary = summary(row, file: file) else { continue }
            summaries[path, default: []].append(summary)
            if tokenMatches, let id: String = row[12] { ids[summary.identityPath] = ArticleID(id) }
        }

        var indexed = IndexedFiles(minimumCapacity: files.count)
        for (path, file) in files {
            let outcome: IndexedFile.Outcome = skipped[path].map { .skipped(reason: $0) }
                ?? .articles(summaries[path] ?? [], warnings: warnings[path] ?? [])
            indexed[path] = IndexedFile(file: file, outcome: outcome)
        }
        return IndexSnapshot(files: indexed, ids: ids)
    }

    /// The snapshot a scan needs, built around `entries` (every article with an id, as
    /// `identifiedArticles` read them) so that it shares their summaries instead of holding a
    /// second copy of 100,000 of them: only the few files without such articles (skipped,
    /// empty, with parser notes) are read here, and the order of several articles in one file.
    /// Nil when the index holds articles without ids for this state: `snapshot` then.
    static func snapshot(sharing entries: [LibraryEntry], _ db: Database, stateToken: String, root: LibraryRoot) throws -> IndexSnapshot? {
        guard try isIssued(by: stateToken, db),
              try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM item WHERE articleID IS NULL)") == false
        else { return nil }
        var ids: OrderedDictionary<String, ArticleID> = [:]
        ids.reserveCapacity(entries.count)
        var files = IndexedFiles(minimumCapacity: entries.count)
        // Files of several articles (feeds) are gathered apart and built once at the end: a
        // feed of thousands of items rebuilt at each item would cost its square.
        var several: [String: [ArticleSummary]] = [:]
        for entry in entries {
            let summary = entry.summary
            ids[summary.identityPath] = entry.id
            if several[summary.path] != nil {
                several[summary.path, default: []].append(summary)
            } else if case .articles(let first, _)? = files[summary.path]?.outcome {
                several[summary.path] = first + [summary]
            } else {
                files[summary.path] = IndexedFile(file: summary.file, outcome: .articles([summary], warnings: []))
            }
        }
        if !several.isEmpty {
            // Several articles in one file keep the order the file gave them.
            var order: [String: [String?: Int]] = [:]
            let ordered = try Row.fetchCursor(db, sql: """
                SELECT path, itemKey, ord FROM item WHERE path IN (SELECT path FROM item GROUP BY path HAVING count(*) > 1)
                """)
            while let row = try ordered.next() { order[row[0], default: [:]][row[1] as String?] = row[2] }
            for (path, summaries) in several {
                guard let first = summaries.first else { continue }
                let ords = order[path] ?? [:]
                let sorted = summaries.sorted { (ords[$0.itemKey] ?? 0) < (ords[$1.itemKey] ?? 0) }
                files[path] = IndexedFile(file: first.file, outcome: .articles(sorted, warnings: []))
            }
        }
        let rest = try Row.fetchCursor(db, sql: """
            SELECT \(fileRowColumns) FROM file f
            WHERE skipReason IS NOT NULL OR warnings IS NOT NULL OR NOT EXISTS (SELECT 1 FROM item i WHERE i.path = f.path)
            """)
        while let row = try rest.next() {
            let path: String = row[0]
            let fileNotes = notes(row)
            if let reason: String = row[8] {
                files[path] = IndexedFile(file: file(row, path: path, from: 1, root: root), outcome: .skipped(reason: reason))
            } else if let known = files[path], case .articles(let summaries, _) = known.outcome {
                files[path] = IndexedFile(file: known.file, outcome: .articles(summaries, warnings: fileNotes))
            } else {
                files[path] = IndexedFile(file: file(row, path: path, from: 1, root: root), outcome: .articles([], warnings: fileNotes))
            }
        }
        return IndexSnapshot(files: files, ids: ids)
    }

    /// The articles with known ids, in storage order, straight from one query (an ORDER BY
    /// would spill 100,000 wide rows to a temporary file; the caller sorts): what the first
    /// frame needs, without the per-file tables a scan needs (those load behind the interface).
    /// `part` of `parts` equal slices by rowid, so the slices can be read on several cores.
    static func identifiedArticles(
        _ db: Database, stateToken: String, root: LibraryRoot, part: Int = 0, of parts: Int = 1,
        isRead: (ArticleID) -> Bool
    ) throws -> [LibraryEntry] {
        guard try isIssued(by: stateToken, db) else { return [] }
        let last = try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM item") ?? 0
        let slice = last / Int64(parts) + 1
        let low = slice * Int64(part)
        var result: [LibraryEntry] = []
        result.reserveCapacity(Int(slice))
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(entryColumns)
            FROM item i JOIN file f ON f.path = i.path
            WHERE i.articleID IS NOT NULL AND i.rowid >= ? AND i.rowid < ?
            """, arguments: [low, low + slice])
        while let row = try rows.next() {
            if let entry = entry(row, root: root, isRead: isRead) { result.append(entry) }
        }
        return result
    }

    /// An article's columns, read by `summary(_:file:)` (the path first, the id last).
    static let itemColumns = """
        i.path, i.itemKey, i.contentHash, i.title, i.instant, i.utcOffset, i.estimated, i.format, i.words,
        i.section, i.author, i.link, i.articleID
        """
    /// A file's columns after its path, read by `file(_:path:from:)`.
    static let fileColumns = "f.systemPath, f.section, f.size, f.mtimeNs, f.device, f.inode, f.formatHint"
    /// The columns `entry(_:isRead:)` reads, in its order.
    static let entryColumns = itemColumns + ", " + fileColumns

    /// A NULL `systemPath` is the root plus the path.
    static func file(_ row: Row, path: String, from start: Int, root: LibraryRoot) -> LibraryFile {
        let formatHint = (row[start + 6] as String?).flatMap(ArticleFormat.init(rawValue:))
        guard let systemPath: Data = row[start] else {
            return LibraryFile(
                path: path, section: row[start + 1], under: root, size: row[start + 2],
                modificationTimeNanoseconds: row[start + 3], device: UInt64(bitPattern: row[start + 4]),
                inode: UInt64(bitPattern: row[start + 5]), formatHint: formatHint)
        }
        return LibraryFile(
            path: path, section: row[start + 1], systemPath: [UInt8](systemPath), under: root, size: row[start + 2],
            modificationTimeNanoseconds: row[start + 3], device: UInt64(bitPattern: row[start + 4]),
            inode: UInt64(bitPattern: row[start + 5]), formatHint: formatHint)
    }

    /// Nil for a format this Byline does not know.
    static func summary(_ row: Row, file: LibraryFile) -> ArticleSummary? {
        guard let format = ArticleFormat(rawValue: row[7]) else { return nil }
        return ArticleSummary(
            file: file, itemKey: row[1], contentHash: row[2], title: row[3],
            date: ArticleDate(instant: Date(timeIntervalSince1970: row[4]), utcOffsetSeconds: row[5], isEstimated: row[6]),
            format: format, words: row[8], section: row[9], author: row[10], link: row[11])
    }

    static func entry(_ row: Row, root: LibraryRoot, isRead: (ArticleID) -> Bool) -> LibraryEntry? {
        guard let rawID: String = row[12], let summary = summary(row, file: file(row, path: row[0], from: 13, root: root)) else {
            return nil
        }
        let id = ArticleID(rawID)
        return LibraryEntry(id: id, summary: summary, isRead: isRead(id))
    }

    /// The `limit` newest articles with known ids (through the index on `instant`), and every
    /// folder's story and unread counts, reading marks from the state database attached as
    /// `state`: a first screen that is right about the whole library while reading a few
    /// hundred rows.
    static func firstScreen(_ db: Database, stateToken: String, root: LibraryRoot, limit: Int) throws -> (entries: [LibraryEntry], counts: [String: FolderCount])? {
        guard try isIssued(by: stateToken, db) else { return nil }
        var counts: [String: FolderCount] = [:]
        let groups = try Row.fetchCursor(db, sql: """
            SELECT i.section, count(*), count(r.articleID) FROM item i
            LEFT JOIN state.readState r ON r.articleID = i.articleID
            WHERE i.articleID IS NOT NULL GROUP BY i.section
            """)
        while let row = try groups.next() {
            let total: Int = row[1]
            let read: Int = row[2]
            counts[row[0]] = FolderCount(total: total, unread: total - read)
        }
        var read: Set<String> = []
        let newest = try Row.fetchAll(db, sql: """
            SELECT \(entryColumns), r.articleID FROM item i JOIN file f ON f.path = i.path
            LEFT JOIN state.readState r ON r.articleID = i.articleID
            WHERE i.articleID IS NOT NULL ORDER BY i.instant DESC LIMIT ?
            """, arguments: [limit])
        for row in newest { if let id: String = row[20] { read.insert(id) } }
        let entries = newest.compactMap { entry($0, root: root) { read.contains($0.rawValue) } }
        return (entries, counts)
    }

    static func skippedFiles(_ db: Database) throws -> [SkippedFile] {
        try Row.fetchAll(db, sql: "SELECT path, skipReason FROM file WHERE skipReason IS NOT NULL ORDER BY path")
            .map { SkippedFile(path: $0[0], reason: $0[1]) }
    }

    static func setID(_ id: ArticleID, for summary: ArticleSummary, _ db: Database) throws {
        try db.execute(
            sql: "UPDATE item SET articleID = ? WHERE path = ? AND itemKey IS ?",
            arguments: [id.rawValue, summary.path, summary.itemKey])
    }
}
