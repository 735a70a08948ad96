import GRDB

extension IndexCache {
    /// The size of the index's file as it stands once its write-ahead log is copied back into
    /// it (as the last connection to close does): measuring the file and the log instead counts
    /// every page rewritten since twice. Nil when the database cannot be read.
    public func fileBytes() -> Int64? {
        guard let writer else { return nil }
        return try? writer.read { db in
            let pages = try Int64.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            let pageSize = try Int64.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            return pages * pageSize
        }
    }
}
