import GRDB

/// Every schema change is a new migration appended here, never an edit of an old one, so a
/// reader's state survives upgrades.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles and read state") { db in
            // What the reader decided, and the identities it hangs on: never recomputed.
            try db.create(table: "article") { t in
                t.primaryKey("id", .text)
                t.column("path", .text).notNull().indexed()
                t.column("contentHash", .text).notNull().indexed()
                t.column("firstSeen", .datetime).notNull()
                t.column("lastSeen", .datetime).notNull()
            }
            try db.create(table: "readState") { t in
                t.primaryKey("articleID", .text).references("article", onDelete: .cascade)
                t.column("readAt", .datetime).notNull()
            }
        }
        return migrator
    }
}
