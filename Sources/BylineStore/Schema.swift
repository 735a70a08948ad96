import Foundation
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
        migrator.registerMigration("v2: a token naming this state") { db in
            // The index cache records which state issued the ids it holds: a state file deleted
            // or swapped for another must not lend its ids to a stale index.
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
            try db.execute(
                sql: "INSERT INTO meta (key, value) VALUES ('token', ?)", arguments: [UUID().uuidString])
        }
        return migrator
    }
}
