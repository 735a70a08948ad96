import BylineCore
import Foundation
import GRDB

/// What the reader marks on an article: read, starred. Each is a table of the ids it holds,
/// tied to the article's identity, so a mark follows a file that moves or is edited.
enum Mark {
    case read, star

    var table: String {
        switch self {
        case .read: "readState"
        case .star: "star"
        }
    }

    var timeColumn: String {
        switch self {
        case .read: "readAt"
        case .star: "starredAt"
        }
    }
}

extension Store {
    /// Marks articles read or unread; returns the ones whose state actually changed, in the
    /// order given. Unknown ids change nothing. One transaction however many ids, and one
    /// statement per `markBatch` of them: they go in as a JSON array that SQLite unpacks
    /// itself, so marking a 100,000-article library read is 20 joins rather than 100,000 round
    /// trips, without holding all 100,000 as one text and its parse at once.
    /// `reportingChanges: false` skips working out which changed (the interface already knows).
    @discardableResult
    public func setRead(
        _ ids: [ArticleID], read: Bool, at date: Date = Date(), reportingChanges: Bool = true
    ) throws -> [ArticleID] {
        try set(.read, on: read, ids, at: date, reportingChanges: reportingChanges)
    }

    /// Stars or unstars articles, as `setRead` marks them.
    @discardableResult
    public func setStarred(
        _ ids: [ArticleID], starred: Bool, at date: Date = Date(), reportingChanges: Bool = true
    ) throws -> [ArticleID] {
        try set(.star, on: starred, ids, at: date, reportingChanges: reportingChanges)
    }

    /// The ids of every article marked read.
    public func readIDs() throws -> Set<ArticleID> {
        try ids(marked: .read)
    }

    /// The ids of every starred article.
    public func starredIDs() throws -> Set<ArticleID> {
        try ids(marked: .star)
    }

    /// Ids per statement of `setRead` and `setStarred`.
    static let markBatch = 5_000

    private func ids(marked mark: Mark) throws -> Set<ArticleID> {
        try writer.read { db in
            Set(try String.fetchAll(db, sql: "SELECT articleID FROM \(mark.table)").map(ArticleID.init))
        }
    }

    private func set(_ mark: Mark, on: Bool, _ ids: [ArticleID], at date: Date, reportingChanges: Bool) throws -> [ArticleID] {
        guard !ids.isEmpty else { return [] }
        // Only rows actually inserted or deleted come back: already-marked ids are ignored.
        let returning = reportingChanges ? " RETURNING articleID" : ""
        let sql = on
            ? """
                INSERT OR IGNORE INTO \(mark.table) (articleID, \(mark.timeColumn))
                SELECT article.id, ?1 FROM json_each(?2) AS wanted JOIN article ON article.id = wanted.value
                """ + returning
            : "DELETE FROM \(mark.table) WHERE articleID IN (SELECT value FROM json_each(?2))" + returning
        return try writer.write { db in
            let statement = try db.makeStatement(sql: sql)
            var changed: [String] = []
            for start in stride(from: 0, to: ids.count, by: Self.markBatch) {
                let batch = ids[start..<min(start + Self.markBatch, ids.count)]
                let arguments: StatementArguments = on
                    ? [DatabaseTimestamp.text(date), JSONText.array(of: batch.map(\.rawValue))]
                    : [nil, JSONText.array(of: batch.map(\.rawValue))]
                changed += try String.fetchAll(statement, arguments: arguments)
            }
            guard reportingChanges else { return [] }
            var remaining = Set(changed)
            return ids.filter { remaining.remove($0.rawValue) != nil }
        }
    }

    /// A number that changes whenever another connection (another Byline, `byline mark`)
    /// commits to the state file, and not for this store's own writes: SQLite's
    /// `data_version`, on the writing connection. Nil when it cannot be read.
    public func changesElsewhere() -> Int? {
        try? writer.write { db in try Int.fetchOne(db, sql: "PRAGMA data_version") }
    }
}
