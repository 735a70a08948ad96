import BylineCore
import Dispatch
import Foundation
import GRDB
import OrderedCollections
import Synchronization

/// The index cache: per file its fingerprint and what parsing it gave, so a start reads one
/// SQLite file instead of every article. It lives in its own database, apart from read state:
/// deleting or damaging it costs a rebuild, never a read mark.
public final class IndexCache: Sendable {
    /// Nil only when not even an in-memory database opens: then nothing is cached.
    let writer: (any DatabaseWriter)?
    /// Why the index on disk could not be used, for `byline check`; nil when it was fine.
    public let problem: String?
    /// The library's folder, shared by the files read back (see `LibraryFile`).
    let root: LibraryRoot

    /// Opens the index for the library at `libraryRoot`, whose exact bytes on disk are
    /// `rootBytes` (its UTF-8 when not given). A damaged or unreadable file is deleted and
    /// started again; if even that fails the index lives in memory for this run.
    public init(path: String, libraryRoot: String, rootBytes: [UInt8]? = nil) {
        var problem: String?
        var opened: (any DatabaseWriter)?
        for attempt in 0..<2 {
            do {
                opened = try Self.open(path: path, libraryRoot: libraryRoot)
                break
            } catch {
                problem = "index \(path) was unusable (\(IndexCache.reason(error))) and was rebuilt"
                if attempt == 0 { Self.remove(path) }
            }
        }
        if let opened {
            writer = opened
        } else {
            problem = "index \(path) cannot be written; the library is read in full at every start"
            writer = try? Self.inMemory(libraryRoot: libraryRoot)
        }
        self.problem = problem
        root = LibraryRoot(rootBytes ?? Array(libraryRoot.utf8))
    }

    /// A private in-memory index, for tests.
    public init(inMemoryFor libraryRoot: String) throws {
        writer = try Self.inMemory(libraryRoot: libraryRoot)
        problem = nil
        root = LibraryRoot(Array(libraryRoot.utf8))
    }

    /// Everything the index holds; ids only when they were issued by the state with `stateToken`.
    /// A read error (a file damaged since it was opened) gives an empty snapshot and erases
    /// the index, so the scan that follows rebuilds it.
    public func snapshot(stateToken: String) -> IndexSnapshot {
        guard let writer else { return IndexSnapshot() }
        do {
            return try writer.read { db in try IndexRows.snapshot(db, stateToken: stateToken, root: root) }
        } catch {
            try? writer.write { db in try IndexRows.eraseAll(db) }
            return IndexSnapshot()
        }
    }

    /// The snapshot that goes with entries `startingEntries` gave, sharing their summaries;
    /// nil when the index cannot vouch for it (then `snapshot`).
    public func snapshot(sharing entries: [LibraryEntry], stateToken: String) -> IndexSnapshot? {
        guard let writer else { return nil }
        return try? writer.read { db in try IndexRows.snapshot(sharing: entries, db, stateToken: stateToken, root: root) }
    }

    /// What the lists need at start, newest first, without reading the index's
    /// per-file tables: the articles with ids issued by the state with `stateToken`, as entries
    /// (built here, so 100,000 summaries are not held twice), and the skipped files. Empty when
    /// the index has nothing usable.
    public func startingEntries(
        stateToken: String, isRead: @escaping @Sendable (ArticleID) -> Bool
    ) -> (entries: [LibraryEntry], skipped: [SkippedFile]) {
        guard let writer else { return ([], []) }
        // Two halves on two cores: building 100,000 summaries is the bulk of a start.
        let parts = 2
        let slices = Mutex([(entries: [LibraryEntry], order: [Int])?](repeating: nil, count: parts))
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            // Each half sorted on its own core; one merge joins them.
            let slice = (try? writer.read { db in
                try IndexRows.identifiedArticles(db, stateToken: stateToken, root: root, part: part, of: parts, isRead: isRead)
            }).map { ($0, LibraryEntry.newestFirstOrder($0)) }
            slices.withLock { $0[part] = slice }
        }
        let read = slices.withLock { parts in
            defer { parts = [] }
            return parts
        }
        guard read.count == 2, let first = read[0], let second = read[1],
              let skipped = try? writer.read(IndexRows.skippedFiles) else { return ([], []) }
        return (LibraryEntry.merged(first.entries, first.order, second.entries, second.order), skipped)
    }

    /// The newest `limit` stories and every folder's counts, for the first screen of a large
    /// library; the state file at `statePath` is attached for the read marks. Nil when the
    /// index has nothing usable or the query fails (the caller then loads the whole list).
    public func firstScreen(
        stateToken: String, statePath: String, limit: Int
    ) -> (entries: [LibraryEntry], counts: [String: FolderCount], skipped: [SkippedFile])? {
        guard let writer else { return nil }
        do {
            return try writer.writeWithoutTransaction { db in
                try db.execute(sql: "ATTACH DATABASE ? AS state", arguments: [statePath])
                defer { try? db.execute(sql: "DETACH DATABASE state") }
                guard let screen = try IndexRows.firstScreen(db, stateToken: stateToken, root: root, limit: limit),
                      !screen.entries.isEmpty else { return nil }
                return (screen.entries, screen.counts, try IndexRows.skippedFiles(db))
            }
        } catch {
            return nil
        }
    }

    /// Records a reconciled scan: changed files replace their rows, removed ones go, and
    /// articles whose id differs from the snapshot's get the new one. One transaction.
    ///
    /// The file rows need no identities, so they are written first, while `identities` (the
    /// entries and their ids by identity path) may still be being decided on another core: it
    /// is called only when the articles' rows need it. Nil from it rolls the save back. With
    /// `guessed` ids (a first index, see `Store.guessedIdentities(forNewLibrary:)`) the article rows go
    /// in at once, and only the ones the real decision overrules are corrected.
    public func save(
        _ result: LibraryReconciler.Result, previous: IndexSnapshot, stateToken: String,
        guessed guess: OrderedDictionary<String, ArticleID>? = nil,
        identities: () -> (entries: [LibraryEntry], ids: OrderedDictionary<String, ArticleID>)?
    ) throws {
        guard let writer else {
            _ = identities()
            return
        }
        try writer.write { db in
            try IndexRows.setStateToken(db, stateToken)
            for path in result.removed {
                try db.execute(sql: "DELETE FROM file WHERE path = ?", arguments: [path])
            }
            // Filling an empty index, the date index is built once at the end, from sorted
            // dates, instead of updated at a random place for each of 100,000 rows.
            let filling = previous.files.isEmpty && result.changed.count >= Self.bulkFill
            if filling { try db.drop(index: IndexSchema.instantIndex) }
            let rows = try IndexRowWriter(db, root: root)
            for indexed in result.changed {
                try rows.writeFile(indexed, replacing: previous.files[indexed.file.path] != nil)
            }
            if let guess {
                for indexed in result.changed { try rows.writeArticles(of: indexed, ids: guess) }
            }
            guard let (entries, ids) = identities() else { throw SaveAbandoned() }
            if let guess {
                for indexed in result.changed {
                    guard case .articles(let summaries, _) = indexed.outcome else { continue }
                    for summary in summaries where ids[summary.identityPath] != guess[summary.identityPath] {
                        if let id = ids[summary.identityPath] { try IndexRows.setID(id, for: summary, db) }
                    }
                }
            } else {
                for indexed in result.changed { try rows.writeArticles(of: indexed, ids: ids) }
            }
            if filling { try IndexSchema.createInstantIndex(db) }
            // Into an empty index every file was changed, and its rows written with their ids.
            let changedPaths = previous.files.isEmpty ? [] : Set(result.changed.map(\.file.path))
            for entry in entries where !previous.files.isEmpty && previous.ids[entry.summary.identityPath] != entry.id {
                if changedPaths.contains(entry.summary.path) { continue }
                try IndexRows.setID(entry.id, for: entry.summary, db)
            }
        }
    }

    /// The identities never came (the state could not be written): nothing of the scan is kept.
    private struct SaveAbandoned: Error {}

    /// From this many files on, filling an empty index rebuilds its date index at the end.
    public static let bulkFill = 1_000

    private static func open(path: String, libraryRoot: String) throws -> any DatabaseWriter {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let pool = try DatabasePool(path: path, configuration: .byline)
        let migrator = IndexSchema.migrator
        guard try pool.read(migrator.appliedIdentifiers).isSubset(of: migrator.migrations) else {
            throw IndexFromNewerByline()
        }
        try migrator.migrate(pool)
        try pool.write { db in try IndexRows.claim(db, root: libraryRoot) }
        return pool
    }

    private static func inMemory(libraryRoot: String) throws -> any DatabaseWriter {
        let queue = try DatabaseQueue(configuration: .byline)
        try IndexSchema.migrator.migrate(queue)
        try queue.write { db in try IndexRows.claim(db, root: libraryRoot) }
        return queue
    }

    private static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    public static func reason(_ error: any Error) -> String {
        if let database = error as? DatabaseError { return database.message ?? "\(database.resultCode)" }
        if let newer = error as? IndexFromNewerByline { return newer.description }
        return (error as NSError).localizedDescription
    }
}

/// An index with migrations this Byline does not know: rebuilt rather than guessed at.
private struct IndexFromNewerByline: Error, CustomStringConvertible {
    var description: String { "written by a newer Byline" }
}
