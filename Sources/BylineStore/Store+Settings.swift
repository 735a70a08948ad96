import GRDB

extension Store {
    /// A choice the reader made that outlives the run (the list's order), by name; nil when
    /// never made.
    public func setting(_ name: String) throws -> String? {
        try writer.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: ["setting." + name])
        }
    }

    public func setSetting(_ name: String, to value: String) throws {
        try writer.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: ["setting." + name, value])
        }
    }
}
