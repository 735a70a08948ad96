import BylineStore
import BylineTestSupport
import Foundation
import GRDB
import Testing

/// The index cache's file on disk, as other versions of Byline may leave it.
@Suite struct IndexCacheTests {
    @Test func anIndexFromANewerBylineIsRebuiltNotMisread() throws {
        let folder = try TemporaryLibrary()
        let path = folder.sibling("index.sqlite")
        _ = IndexCache(path: path, libraryRoot: "/library")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }
        let reopened = IndexCache(path: path, libraryRoot: "/library")
        #expect(reopened.problem?.contains("written by a newer Byline") == true)
        let migrations = try DatabaseQueue(path: path).read { db in
            try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations")
        }
        #expect(!migrations.contains("v99: from the future"))
        #expect(IndexCache(path: path, libraryRoot: "/library").problem == nil, "the rebuilt index opens cleanly")
    }
}
