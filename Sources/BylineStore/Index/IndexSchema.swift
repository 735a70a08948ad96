import GRDB

/// The index cache's tables. Everything here can be recomputed from the library, so an index
/// this Byline cannot read (one written by a newer version) is simply started again: see
/// `IndexCache.open`. GRDB's own erase-on-change option would migrate a scratch database at
/// every start to compare schemas.
enum IndexSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: files and their articles") { db in
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
            try db.create(table: "file") { t in
                t.primaryKey("path", .text)
                t.column("systemPath", .blob).notNull()
                t.column("section", .text).notNull()
                t.column("size", .integer).notNull()
                t.column("mtimeNs", .integer).notNull()
                t.column("device", .integer).notNull()
                t.column("inode", .integer).notNull()
                t.column("formatHint", .text)
                t.column("skipReason", .text)
                t.column("warnings", .text)
            }
            try createItemTable(db)
        }
        migrator.registerMigration("v2: articles by date") { db in
            // The first screen reads the newest few hundred articles in index order.
            try createInstantIndex(db)
        }
        migrator.registerMigration("v3: files kept by path alone, their system path only when it says more") { db in
            // A file's row is its primary key's tree (no rowid and second tree of paths), and
            // `systemPath` is NULL when it is the root plus the path: a first index writes
            // 100,000 rows, and these were a quarter of its bytes. A cache: started again.
            try db.execute(sql: "DROP TABLE item; DROP TABLE file; DELETE FROM meta WHERE key = 'stateToken'")
            try db.execute(sql: """
                CREATE TABLE file (
                    path TEXT NOT NULL PRIMARY KEY, systemPath BLOB, section TEXT NOT NULL, size INTEGER NOT NULL,
                    mtimeNs INTEGER NOT NULL, device INTEGER NOT NULL, inode INTEGER NOT NULL, formatHint TEXT,
                    skipReason TEXT, warnings TEXT
                ) WITHOUT ROWID
                """)
            try createItemTable(db)
            try createInstantIndex(db)
        }
        migrator.registerMigration("v4: full-text search") { db in
            try SearchSchema.create(db)
        }
        return migrator
    }

    /// Never changed once a migration used it: v1 and v3 make the same table.
    private static func createItemTable(_ db: Database) throws {
        try db.create(table: "item") { t in
            t.column("path", .text).notNull().references("file", onDelete: .cascade)
            t.column("ord", .integer).notNull()
            t.primaryKey(["path", "ord"])
            t.column("itemKey", .text)
            t.column("contentHash", .text).notNull()
            t.column("title", .text).notNull()
            t.column("instant", .double).notNull()
            t.column("utcOffset", .integer).notNull()
            t.column("estimated", .boolean).notNull()
            t.column("format", .text).notNull()
            t.column("words", .integer).notNull()
            t.column("section", .text).notNull()
            t.column("author", .text)
            t.column("link", .text)
            t.column("articleID", .text)
        }
    }

    static let instantIndex = "item_by_instant"

    static func createInstantIndex(_ db: Database) throws {
        try db.create(index: instantIndex, on: "item", columns: ["instant"])
    }
}
