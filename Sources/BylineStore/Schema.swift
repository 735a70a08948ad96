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
        migrator.registerMigration("v3: no indexes the identity rules never use") { db in
            // Identities are matched in memory from one full read, so these two indexes only
            // cost time on every insert and move (100,000 inserts on a first scan).
            try db.execute(sql: "DROP INDEX IF EXISTS article_on_path; DROP INDEX IF EXISTS article_on_contentHash")
        }
        migrator.registerMigration("v4: stars") { db in
            // What the reader starred, kept like read state: by article identity.
            try db.create(table: "star") { t in
                t.primaryKey("articleID", .text).references("article", onDelete: .cascade)
                t.column("starredAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v5: reading positions") { db in
            // How far the reader got in an article left unfinished; gone when it is finished.
            try db.create(table: "readingPosition") { t in
                t.primaryKey("articleID", .text).references("article", onDelete: .cascade)
                t.column("paragraph", .integer).notNull()
                t.column("offset", .integer).notNull()
                t.column("savedAt", .datetime).notNull()
            }
        }
        return migrator
    }
}
