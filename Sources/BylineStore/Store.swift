import BylineCore
import Foundation
import GRDB

/// The reader's durable state in SQLite: article identities and read marks. Every write is one
/// transaction that has committed when the call returns, so a mark survives a crash right after.
public final class Store: Sendable {
    private let writer: any DatabaseWriter

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
            var configuration = Configuration()
            configuration.busyMode = .timeout(5)
            writer = try DatabasePool(path: path, configuration: configuration)
            try Schema.migrator.migrate(writer)
        } catch {
            throw StoreError.cannotOpen(path, reason: Self.reason(error))
        }
    }

    /// A private in-memory store, for tests.
    public init() throws {
        writer = try DatabaseQueue()
        try Schema.migrator.migrate(writer)
    }

    /// Gives each scanned article its identity and read state, recording new and moved ones.
    public func entries(for summaries: [ArticleSummary], now: Date = Date()) throws -> [LibraryEntry] {
        try writer.write { db in
            let known = try ArticleRecord.order(Column("lastSeen").desc).fetchAll(db)
            var taken = Set(known.map(\.id))
            let matches = IdentityResolver.resolve(
                known: known.map { .init(id: ArticleID($0.id), path: $0.path, contentHash: $0.contentHash) },
                scanned: summaries.map { .init(path: $0.identityPath, contentHash: $0.contentHash) })
            let byID = Dictionary(uniqueKeysWithValues: known.map { ($0.id, $0) })

            var ids: [ArticleID] = []
            ids.reserveCapacity(summaries.count)
            for (summary, match) in zip(summaries, matches) {
                switch match {
                case .unchanged(let id):
                    ids.append(id)
                case .moved(let id), .edited(let id):
                    if var record = byID[id.rawValue] {
                        record.path = summary.identityPath
                        record.contentHash = summary.contentHash
                        record.lastSeen = now
                        try record.update(db)
                    }
                    ids.append(id)
                case .new:
                    let id = ArticleIDGenerator.make(for: summary, avoiding: taken)
                    taken.insert(id.rawValue)
                    try ArticleRecord(
                        id: id.rawValue, path: summary.identityPath, contentHash: summary.contentHash,
                        firstSeen: now, lastSeen: now
                    ).insert(db)
                    ids.append(id)
                }
            }
            let read = try Set(String.fetchAll(db, sql: "SELECT articleID FROM readState"))
            return zip(ids, summaries).map { id, summary in
                LibraryEntry(id: id, summary: summary, isRead: read.contains(id.rawValue))
            }
        }
    }

    /// Marks articles read or unread; returns the ones whose state actually changed.
    @discardableResult
    public func setRead(_ ids: [ArticleID], read: Bool, at date: Date = Date()) throws -> [ArticleID] {
        try writer.write { db in
            var changed: [ArticleID] = []
            for id in ids {
                if read {
                    guard try ArticleRecord.exists(db, key: id.rawValue),
                          try !ReadStateRecord.exists(db, key: id.rawValue)
                    else { continue }
                    try ReadStateRecord(articleID: id.rawValue, readAt: date).insert(db)
                    changed.append(id)
                } else if try ReadStateRecord.deleteOne(db, key: id.rawValue) {
                    changed.append(id)
                }
            }
            return changed
        }
    }

    /// A random name this state file got when it was created; the index cache keeps ids only
    /// for the state that issued them.
    public func token() throws -> String {
        try writer.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'token'") ?? ""
        }
    }

    /// How many article identities the state holds; 0 for a state that never saw a library.
    public func articleCount() throws -> Int {
        try writer.read { db in try ArticleRecord.fetchCount(db) }
    }

    /// The ids of every article marked read.
    public func readIDs() throws -> Set<ArticleID> {
        try writer.read { db in
            Set(try String.fetchAll(db, sql: "SELECT articleID FROM readState").map(ArticleID.init))
        }
    }

    private static func reason(_ error: any Error) -> String {
        if let database = error as? DatabaseError { return database.message ?? "\(database.resultCode)" }
        return (error as NSError).localizedDescription
    }
}
