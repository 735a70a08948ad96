import BylineCore
import BylineStore
import BylineTestSupport
import Foundation
import GRDB
import OrderedCollections
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

    /// A first index writes its article rows with guessed ids; where the store decided
    /// otherwise (another process recorded articles meanwhile), the store's ids win.
    @Test func guessedIdsTheStoreOverrulesAreCorrected() throws {
        let library = try TemporaryLibrary()
        try library.write("a.txt", "A\n\nBody.\n")
        try library.write("b.txt", "B\n\nBody.\n")
        let result = LibraryReconciler.reconcile(try LibraryScanner(root: library.path).scan(), index: [:])
        let index = IndexCache(path: library.sibling("index.sqlite"), libraryRoot: library.path)
        let store = try Store()
        let guessed = store.guessedIdentities(forNewLibrary: result.articles)
        // A first start's partial list records the first article before the whole scan's decision.
        _ = try store.entries(for: Array(result.articles.prefix(1)))
        let entries = try store.entries(for: result.articles)
        #expect(Dictionary(uniqueKeysWithValues: entries.map { ($0.summary.identityPath, $0.id) }) == unordered(guessed),
                "an empty store decides what was guessed, partial lists or not")

        var real = guessed
        real["b.txt"] = ArticleID("0000000000bb")
        try index.save(result, previous: IndexSnapshot(), stateToken: "t", guessed: guessed, identities: { (entries, real) })
        #expect(unordered(index.snapshot(stateToken: "t").ids) == unordered(real))
    }

    /// When the state cannot decide identities, the save rolls back: no file row without its
    /// articles, and the next start reads the library in full.
    @Test func aSaveWithoutIdentitiesLeavesTheIndexAsItWas() throws {
        let library = try TemporaryLibrary()
        try library.write("a.txt", "A\n\nBody.\n")
        let result = LibraryReconciler.reconcile(try LibraryScanner(root: library.path).scan(), index: [:])
        let index = IndexCache(path: library.sibling("index.sqlite"), libraryRoot: library.path)
        var asked = false
        #expect(throws: (any Error).self) {
            try index.save(result, previous: IndexSnapshot(), stateToken: "t") {
                asked = true
                return nil
            }
        }
        #expect(asked)
        #expect(index.snapshot(stateToken: "t").isEmpty)
    }
}

/// The same ids as a plain dictionary: ordered ones compare their order too.
private func unordered(_ ids: OrderedDictionary<String, ArticleID>) -> [String: ArticleID] {
    Dictionary(uniqueKeysWithValues: ids.map { ($0.key, $0.value) })
}
