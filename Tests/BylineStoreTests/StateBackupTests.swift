import BylineCore
import BylineStore
import BylineTestSupport
import Foundation
import GRDB
import Testing

/// A state file from an older Byline is backed up whole before it is migrated.
@Suite struct StateBackupTests {
    /// The state file as Byline left it before stars: three migrations.
    static let undoStarsAndLater = """
        DROP TABLE readingPosition; DROP TABLE star;
        DELETE FROM grdb_migrations WHERE identifier IN ('v4: stars', 'v5: reading positions')
        """

    @Test func anOlderStateFileIsCopiedBeforeItsMigrationAndKeepsItsMarks() throws {
        let folder = try TemporaryLibrary()
        let path = folder.sibling("state/byline.sqlite")
        let summary = Stories.entry("a", "A story", day: 1).summary
        do {
            let store = try Store(path: path)
            let id = try #require(try store.entries(for: [summary]).first?.id)
            try store.setRead([id], read: true)
        }
        #expect(!FileManager.default.fileExists(atPath: path + ".before-v4"), "a new file is not backed up")
        // As Byline left it before stars: three migrations.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: Self.undoStarsAndLater)
        }

        let reopened = try Store(path: path)
        #expect(try reopened.readIDs().count == 1, "the marks are kept")
        let backup = try DatabaseQueue(path: path + ".before-v4")
        let migrations = try backup.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(migrations.count == 3)
        #expect(try backup.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM readState") } == 1)
        #expect(try backup.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") } == ["ok"])
        // A backup already there is the older original: it is never replaced.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: Self.undoStarsAndLater)
        }
        try Data("the original".utf8).write(to: URL(fileURLWithPath: path + ".before-v4"))
        _ = try Store(path: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path + ".before-v4")) == Data("the original".utf8))
        // Opening again migrates nothing and backs nothing up again.
        try FileManager.default.removeItem(atPath: path + ".before-v4")
        _ = try Store(path: path)
        #expect(!FileManager.default.fileExists(atPath: path + ".before-v4"))
    }
}
