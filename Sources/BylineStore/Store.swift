import BylineCore
import Foundation
import GRDB
import OrderedCollections

/// The reader's durable state in SQLite: article identities and read marks. Every write is one
/// transaction that has committed when the call returns, so a mark survives a crash right after.
public final class Store: Sendable {
    let writer: any DatabaseWriter
    /// Why marks made now are not kept: this store is a copy in memory of a state file that
    /// could not be opened for writing (a full disk, a read-only folder). Nil for the file itself.
    public let unsavedReason: String?

    /// Opens (creating when needed) the state file in WAL mode.
    public init(path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw StoreError.cannotCreateFolder(folder, reason: Self.reason(error))
            }
        }
        do {
            writer = try DatabasePool(path: path, configuration: .byline)
            try Self.backUpBeforeMigrating(writer, path: path)
            try Schema.migrator.migrate(writer)
        } catch {
            throw StoreError.cannotOpen(path, reason: Self.reason(error))
        }
        unsavedReason = nil
    }

    /// The state file at `path`, or when it cannot be opened for writing, a copy of what it
    /// holds in memory (empty when not even reading works), so the library can still be read
    /// with its marks; `unsavedReason` then says why new marks will not be kept. Throws only
    /// when not even a database in memory opens.
    public static func openingEvenIfUnwritable(path: String) throws -> Store {
        do {
            return try Store(path: path)
        } catch {
            return try Store(copyOf: path, because: "\(error)")
        }
    }

    private init(copyOf path: String, because reason: String) throws {
        let memory = try DatabaseQueue(configuration: .byline)
        var readOnly = Configuration.byline
        readOnly.readonly = true
        if FileManager.default.fileExists(atPath: path) {
            if let file = try? DatabaseQueue(path: path, configuration: readOnly), (try? file.backup(to: memory)) != nil {
                // Read as SQLite reads it, the write-ahead log included.
            } else {
                // A WAL file whose shared-memory file cannot be made (a full disk): read as it
                // is on disk, without locks or the log (a clean quit leaves none).
                try? memory.writeWithoutTransaction { db in try ImmutableCopy.copy(path, into: db) }
            }
        }
        try Schema.migrator.migrate(memory)
        // A token of its own: ids it issues for new articles are never recorded in the state
        // file, so an index must not take them for the file's.
        try memory.write { db in
            try db.execute(sql: "UPDATE meta SET value = ? WHERE key = 'token'", arguments: [UUID().uuidString])
        }
        writer = memory
        unsavedReason = reason
    }

    /// A state file that an older Byline wrote is copied whole (SQLite's backup, consistent
    /// even while another Byline writes) before this one migrates it: `byline.sqlite.before-v4`
    /// for a file that had three migrations. A new file has nothing to keep.
    private static func backUpBeforeMigrating(_ writer: any DatabaseWriter, path: String) throws {
        let migrator = Schema.migrator
        let applied = try writer.read { db in try migrator.appliedIdentifiers(db) }
        guard !applied.isEmpty, try !writer.read(migrator.hasCompletedMigrations) else { return }
        // Named for the first migration it precedes; an existing one is the older original
        // (a migration that failed, another Byline that migrated first): never replaced.
        let backup = path + ".before-v\(applied.count + 1)"
        guard !FileManager.default.fileExists(atPath: backup) else { return }
        try writer.backup(to: try DatabaseQueue(path: backup))
    }

    /// A private in-memory store, for tests.
    public init() throws {
        writer = try DatabaseQueue()
        try Schema.migrator.migrate(writer)
        unsavedReason = nil
    }

    /// Gives each scanned article its identity and read state, recording new and moved ones.
    /// `vouched`, when not empty, holds for each of `summaries` the id the caller already knows
    /// (the index's, for files unchanged since it issued them): those keep it without a lookup,
    /// and the rules decide only for the rest, so a rescan of an unchanged library reads no
    /// identities at all.
    public func entries(
        for summaries: [ArticleSummary], vouched: [ArticleID?] = [], now: Date = Date()
    ) throws -> [LibraryEntry] {
        try writer.write { db in
            var ids = vouched.count == summaries.count ? vouched : [ArticleID?](repeating: nil, count: summaries.count)
            var open: [Int] = []
            for index in ids.indices where ids[index] == nil { open.append(index) }
            if !open.isEmpty {
                let claimed = Set(ids.compactMap { $0 })
                let resolved = try resolve(open.map { summaries[$0] }, excluding: claimed, now: now, db)
                for (index, id) in zip(open, resolved) { ids[index] = id }
            }
            let read = try Set(String.fetchAll(db, sql: "SELECT articleID FROM readState"))
            let starred = try Set(String.fetchAll(db, sql: "SELECT articleID FROM star"))
            var entries: [LibraryEntry] = []
            entries.reserveCapacity(summaries.count)
            for (id, summary) in zip(ids, summaries) {
                guard let id else { continue }
                entries.append(LibraryEntry(
                    id: id, summary: summary, isRead: read.contains(id.rawValue),
                    isStarred: !starred.isEmpty && starred.contains(id.rawValue)))
            }
            return entries
        }
    }

    /// The identity rules (`IdentityResolver`) for `summaries`, against every known article
    /// but the `excluding` ones (present elsewhere in the library, so not candidates for a move).
    private func resolve(
        _ summaries: [ArticleSummary], excluding claimed: Set<ArticleID>, now: Date, _ db: Database
    ) throws -> [ArticleID] {
        // The rules match only on equal paths and equal contents, so a known article that
        // shares neither with any of `summaries` can never be chosen: only the others are
        // kept, in the same order. A rescan that found one new file among 100,000 known ones
        // then holds a handful of them, not all 100,000 with their paths (18 MB). The sets to
        // tell them by are made at the first known article: a first scan has none.
        var wanted: (paths: Set<String>, hashes: Set<String>)?
        var known: [IdentityResolver.Known] = []
        var taken = TakenIDs(minimumCapacity: claimed.count + summaries.count)
        for id in claimed { taken.insert(id) }
        let rows = try Row.fetchCursor(db, sql: "SELECT id, path, contentHash FROM article ORDER BY lastSeen DESC, path, id")
        while let row = try rows.next() {
            let id = ArticleID(row[0])
            taken.insert(id)
            guard !claimed.contains(id) else { continue }
            if wanted == nil { wanted = (Set(summaries.map(\.identityPath)), Set(summaries.map(\.contentHash))) }
            let path: String = row[1]
            let hash: String = row[2]
            if let wanted, wanted.paths.contains(path) || wanted.hashes.contains(hash) {
                known.append(.init(id: id, path: path, contentHash: hash))
            }
        }
        wanted = nil
        // Formatted once: turning a Date into SQLite's text form per row is a visible part of
        // a first scan's 100,000 inserts.
        let seen = DatabaseTimestamp.text(now)
        // With no candidates every article is new, without a table of all of them to say so.
        let matches = known.isEmpty
            ? [IdentityResolver.Match](repeating: .new, count: summaries.count)
            : IdentityResolver.resolve(
                known: known, scanned: summaries.map { .init(path: $0.identityPath, contentHash: $0.contentHash) })
        var ids: [ArticleID] = []
        ids.reserveCapacity(summaries.count)
        var newRows: [(id: ArticleID, summary: ArticleSummary)] = []
        newRows.reserveCapacity(summaries.count)
        for (summary, match) in zip(summaries, matches) {
            switch match {
            case .unchanged(let id):
                ids.append(id)
            case .moved(let id), .edited(let id):
                try db.cachedStatement(sql: "UPDATE article SET path = ?, contentHash = ?, lastSeen = ? WHERE id = ?")
                    .execute(arguments: [summary.identityPath, summary.contentHash, seen, id.rawValue])
                ids.append(id)
            case .new:
                let id = ArticleIDGenerator.make(for: summary, avoiding: taken)
                taken.insert(id)
                newRows.append((id, summary))
                ids.append(id)
            }
        }
        if !newRows.isEmpty {
            // A first scan records 100,000 identities: bound straight, in id order so that
            // each page of the table's tree is written once rather than at random.
            newRows.sort { $0.id.rawValue < $1.id.rawValue }
            let insert = try BulkStatement(
                db, sql: "INSERT INTO article (id, path, contentHash, firstSeen, lastSeen) VALUES (?, ?, ?, ?, ?)")
            for row in newRows {
                try insert.run { values in
                    values.text(row.id.rawValue)
                    values.text(row.summary.identityPath)
                    values.text(row.summary.contentHash)
                    values.text(seen)
                    values.text(seen)
                }
            }
        }
        return ids
    }

    /// A random name this state file got when it was created; the index cache keeps ids only
    /// for the state that issued them.
    public func token() throws -> String {
        try writer.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'token'") ?? ""
        }
    }

    /// The ids `entries(for:)` gives `summaries` in a state that knew no article when their
    /// scan began (every one new, in order), worked out without writing. A first index writes
    /// its rows with these while the real decision is being made, and corrects any the
    /// decision overrules (another process may have recorded articles meanwhile). The partial
    /// lists of a first start record some of them on the way, in the same order: the guess
    /// still holds.
    public func guessedIdentities(forNewLibrary summaries: [ArticleSummary]) -> OrderedDictionary<String, ArticleID> {
        var taken = TakenIDs(minimumCapacity: summaries.count)
        var ids: OrderedDictionary<String, ArticleID> = [:]
        ids.reserveCapacity(summaries.count)
        for summary in summaries {
            let id = ArticleIDGenerator.make(for: summary, avoiding: taken)
            taken.insert(id)
            if ids[summary.identityPath] == nil { ids[summary.identityPath] = id }
        }
        return ids
    }

    /// How many article identities the state holds; 0 for a state that never saw a library.
    public func articleCount() throws -> Int {
        try writer.read { db in try ArticleRecord.fetchCount(db) }
    }

    private static func reason(_ error: any Error) -> String {
        if let database = error as? DatabaseError { return database.message ?? "\(database.resultCode)" }
        return (error as NSError).localizedDescription
    }
}
