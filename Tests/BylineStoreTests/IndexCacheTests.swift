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

    /// Files under the root are written without their system path, and come back with it;
    /// a file elsewhere keeps its own.
    @Test func systemPathsComeBackWhetherWrittenOrNot() throws {
        let library = try TemporaryLibrary()
        try library.write("a.txt", "A\n\nBody.\n")
        let scanned = LibraryReconciler.reconcile(try LibraryScanner(root: library.path).scan(), index: [:])
        var result = scanned
        let found = try #require(result.changed.first)
        var elsewhere = found.file
        elsewhere.path = "elsewhere.txt"
        elsewhere.systemPath = Array("/somewhere/else/\u{FF}.txt".utf8)
        result.changed.append(IndexedFile(file: elsewhere, outcome: .skipped(reason: "not an article")))
        let index = IndexCache(path: library.sibling("index.sqlite"), libraryRoot: library.path)
        let entries = [LibraryEntry(id: ArticleID("00000000000a"), summary: scanned.articles[0], isRead: false)]
        try index.save(result, previous: IndexSnapshot(), stateToken: "t", identities: { (entries, ["a.txt": ArticleID("00000000000a")]) })
        let snapshot = index.snapshot(stateToken: "t")
        #expect(snapshot.files["a.txt"]?.file.systemPath == Array((library.path + "/a.txt").utf8))
        #expect(snapshot.files["a.txt"]?.file.systemPath == found.file.systemPath)
        #expect(snapshot.files["elsewhere.txt"]?.file.systemPath == elsewhere.systemPath)
        let rows = try DatabaseQueue(path: library.sibling("index.sqlite")).read { db in
            try Row.fetchAll(db, sql: "SELECT path, systemPath IS NULL FROM file ORDER BY path").map { [$0[0] as String, ($0[1] as Bool) ? "null" : "bytes"] }
        }
        #expect(rows == [["a.txt", "null"], ["elsewhere.txt", "bytes"]])
    }

    /// An index from before version 3 of its tables (every system path written) is started
    /// again, and works.
    @Test func anIndexOfTheOldTablesIsStartedAgain() throws {
        let library = try TemporaryLibrary()
        try library.write("a.txt", "A\n\nBody.\n")
        let path = library.sibling("index.sqlite")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('v1: files and their articles'), ('v2: articles by date');
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                INSERT INTO meta VALUES ('root', '\(library.path)'), ('stateToken', 't');
                CREATE TABLE file (path TEXT PRIMARY KEY, systemPath BLOB NOT NULL, section TEXT NOT NULL,
                    size INTEGER NOT NULL, mtimeNs INTEGER NOT NULL, device INTEGER NOT NULL, inode INTEGER NOT NULL,
                    formatHint TEXT, skipReason TEXT, warnings TEXT);
                CREATE TABLE item (path TEXT NOT NULL REFERENCES file(path) ON DELETE CASCADE, ord INTEGER NOT NULL,
                    itemKey TEXT, contentHash TEXT NOT NULL, title TEXT NOT NULL, instant DOUBLE NOT NULL,
                    utcOffset INTEGER NOT NULL, estimated BOOLEAN NOT NULL, format TEXT NOT NULL, words INTEGER NOT NULL,
                    section TEXT NOT NULL, author TEXT, link TEXT, articleID TEXT, PRIMARY KEY (path, ord));
                CREATE INDEX item_by_instant ON item(instant);
                INSERT INTO file VALUES ('old.txt', x'2f6f6c64', '', 1, 1, 1, 1, NULL, NULL, NULL);
                INSERT INTO item VALUES ('old.txt', 0, NULL, 'h', 'Old', 0, 0, 0, 'text', 1, '', NULL, NULL, 'aaaaaaaaaaaa');
                """)
        }
        let index = IndexCache(path: path, libraryRoot: library.path)
        #expect(index.problem == nil)
        #expect(index.snapshot(stateToken: "t").isEmpty, "the old rows are gone")
        let result = LibraryReconciler.reconcile(try LibraryScanner(root: library.path).scan(), index: [:])
        let entries = [LibraryEntry(id: ArticleID("00000000000a"), summary: result.articles[0], isRead: false)]
        try index.save(result, previous: IndexSnapshot(), stateToken: "t", identities: { (entries, ["a.txt": ArticleID("00000000000a")]) })
        #expect(index.startingEntries(stateToken: "t") { _ in false }.entries.map(\.summary.title) == ["A"])
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
