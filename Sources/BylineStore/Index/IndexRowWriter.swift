import BylineCore
import GRDB
import OrderedCollections

/// Writes files and their articles into the index, each statement prepared once per save and
/// bound through `BulkStatement`: a first scan writes 100,000 of each. A save writes every
/// file's row first and the articles after, once their identities are known.
struct IndexRowWriter {
    private let deleteFile: BulkStatement
    private let insertFile: BulkStatement
    private let insertItem: BulkStatement
    /// The index's own root: a file under it is written without its system path.
    private let root: LibraryRoot

    init(_ db: Database, root: LibraryRoot) throws {
        self.root = root
        deleteFile = try BulkStatement(db, sql: "DELETE FROM file WHERE path = ?")
        // OR REPLACE: another process (the command line) may have indexed the path meanwhile.
        insertFile = try BulkStatement(db, sql: """
            INSERT OR REPLACE INTO file (path, systemPath, section, size, mtimeNs, device, inode, formatHint, skipReason, warnings)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertItem = try BulkStatement(db, sql: """
            INSERT OR REPLACE INTO item (path, ord, itemKey, contentHash, title, instant, utcOffset, estimated, format, words,
                              section, author, link, articleID)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// The file's own row. `replacing`: the index may hold an older row for the path (false
    /// for a path it has never seen, which saves a delete per file on a first scan); replacing
    /// it cascades to its old articles.
    func writeFile(_ indexed: IndexedFile, replacing: Bool) throws {
        let file = indexed.file
        var skipReason: String?
        var notes: String?
        switch indexed.outcome {
        case .skipped(let reason): skipReason = reason
        case .articles(_, let warnings): notes = warnings.isEmpty ? nil : warnings.joined(separator: "\n")
        }
        if replacing { try deleteFile.run { $0.text(file.path) } }
        try insertFile.run { row in
            row.text(file.path)
            // Nearly every file is the root plus its path: its bytes are not written again.
            row.blob(file.isUnder(root) ? nil : file.systemPath)
            row.text(file.section)
            row.integer(file.size)
            row.integer(file.modificationTimeNanoseconds)
            row.integer(Int64(bitPattern: file.device))
            row.integer(Int64(bitPattern: file.inode))
            row.text(file.formatHint?.rawValue)
            row.text(skipReason)
            row.text(notes)
        }
    }

    /// The file's articles, after its row; `ids` by identity path.
    func writeArticles(of indexed: IndexedFile, ids: OrderedDictionary<String, ArticleID>) throws {
        guard case .articles(let summaries, _) = indexed.outcome else { return }
        let path = indexed.file.path
        for (ord, summary) in summaries.enumerated() {
            try insertItem.run { row in
                row.text(path)
                row.integer(Int64(ord))
                row.text(summary.itemKey)
                row.text(summary.contentHash)
                row.text(summary.title)
                row.double(summary.date.instant.timeIntervalSince1970)
                row.integer(Int64(summary.date.utcOffsetSeconds))
                row.integer(summary.date.isEstimated ? 1 : 0)
                row.text(summary.format.rawValue)
                row.integer(Int64(summary.words))
                row.text(summary.section)
                row.text(summary.author)
                row.text(summary.link)
                row.text(ids[summary.identityPath]?.rawValue)
            }
        }
    }
}
