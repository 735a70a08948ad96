import BylineApp
import BylineCore
import BylineStore
import BylineTestSupport
import Foundation
import GRDB
import Testing

/// The full-text index through real files: filled, queried, and kept in step with the index
/// cache as files are added, changed, renamed and removed.
@Suite struct SearchIndexTests {
    let library: TemporaryLibrary
    let statePath: String

    init() throws {
        library = try TemporaryLibrary()
        statePath = library.sibling("state/byline.sqlite")
        try library.write("port/council.txt", """
            Harbor Council Approves the Plan

            Posted June 3rd, 2011 at 4:10 pm (UTC-5)

            After a long debate along the old waterfront, the council voted.
            """)
        try library.write("port/ferry.txt", """
            Ferry Returns

            Posted June 4th, 2011 at 9:00 am (UTC+1)

            The ferry stops at the harbor twice a day, near the café.
            """)
        try library.write("asia/tokyo.txt", """
            Metropolitan news

            Posted June 5th, 2011 at 9:00 am (UTC+9)

            東京都庁で会議が開かれた。Résumé of the day.
            """)
    }

    func session() throws -> InterfaceSession {
        try InterfaceSession.opening(library, statePath: statePath)
    }

    /// The titles of what `query` finds, best first, once the index caught up.
    func titles(_ query: String, _ session: InterfaceSession, catchUp: Bool = true) throws -> [String] {
        let entries = session.load().entries
        if catchUp {
            #expect(try session.index.catchUpSearch() == entries.count, "caught up, with every article indexed")
            #expect(try session.index.catchUpSearch() == entries.count, "and again with nothing to do")
        }
        let byID = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0.summary.title) })
        return try session.index.search(SearchQuery(query), limit: 50).hits.compactMap { byID[$0.id] }
    }

    @Test func wordsAccentsPrefixesPhrasesAndCJKAreFound() throws {
        let session = try session()
        _ = session.reconcile()
        #expect(try Set(titles("harbor", session)) == ["Harbor Council Approves the Plan", "Ferry Returns"])
        #expect(try titles("harbor", session).first == "Harbor Council Approves the Plan", "a title match ranks first")
        #expect(try titles("CAFE", session) == ["Ferry Returns"])
        #expect(try titles("resume", session) == ["Metropolitan news"])
        #expect(try titles("wat*", session) == ["Harbor Council Approves the Plan"])
        #expect(try titles("water", session).isEmpty, "a word is whole unless it ends in *")
        #expect(try titles("\"old waterfront\"", session) == ["Harbor Council Approves the Plan"])
        #expect(try titles("\"waterfront old\"", session).isEmpty)
        #expect(try titles("harbor -café", session) == ["Harbor Council Approves the Plan"])
        #expect(try Set(titles("debate OR twice", session)) == ["Harbor Council Approves the Plan", "Ferry Returns"])
        for substring in ["東京", "京都", "都庁", "東京都庁", "会議", "庁", "東", "た"] {
            #expect(try titles(substring, session) == ["Metropolitan news"], "\(substring)")
        }
        #expect(try titles("京東", session).isEmpty)
        let results = try session.index.search(SearchQuery("harbor"), limit: 1)
        #expect(results.hits.count == 1 && results.total == 2 && results.unindexed == 0)
    }

    @Test func changedRemovedAddedAndRenamedFilesKeepTheIndexInStep() throws {
        let first = try session()
        _ = first.reconcile()
        try first.index.catchUpSearch()
        let councilID = try #require(first.load().entries.first { $0.summary.path == "port/council.txt" }?.id)

        try library.write("port/council.txt", """
            Harbor Council Delays the Plan

            Posted June 3rd, 2011 at 4:10 pm (UTC-5)

            The vote on the lighthouse moved to spring.
            """)
        try FileManager.default.removeItem(atPath: library.path + "/port/ferry.txt")
        try library.write("port/glacier.txt", "Glacier Melts\n\nPosted June 6th, 2011 at 9:00 am (UTC+1)\n\nThe ice retreats.\n")
        try FileManager.default.moveItem(atPath: library.path + "/asia/tokyo.txt", toPath: library.path + "/asia/renamed.txt")

        let second = try session()
        _ = second.reconcile()
        // Before the index catches up: what went is never found, and what is new not yet.
        #expect(try titles("waterfront", second, catchUp: false).isEmpty)
        #expect(try titles("ferry", second, catchUp: false).isEmpty)
        #expect(try second.index.search(SearchQuery("ice"), limit: 5).unindexed == 3)
        try second.index.catchUpSearch()
        #expect(try titles("lighthouse", second) == ["Harbor Council Delays the Plan"])
        #expect(try titles("ice", second) == ["Glacier Melts"])
        #expect(try titles("東京", second) == ["Metropolitan news"])
        #expect(try second.index.search(SearchQuery("lighthouse"), limit: 5).hits.first?.id == councilID,
                "an edited article keeps its identity in results")
        #expect(second.index.searchBacklog().pending.isEmpty)
    }

    /// A first fill numbers articles downwards, newest first; articles after it count upwards,
    /// so a query with more matches than it ranks keeps the newest.
    @Test func articlesAfterAFirstFillAreNumberedAboveIt() throws {
        let first = try session()
        _ = first.reconcile()
        try first.index.catchUpSearch()
        try library.write("port/newest.txt", "Newest Harbor News\n\nPosted June 9th, 2011 at 9:00 am (UTC+1)\n\nThe harbor again.\n")
        let second = try session()
        _ = second.reconcile()
        try second.index.catchUpSearch()
        let numbers = try DatabaseQueue(path: try indexPath).read { db in
            try Row.fetchAll(db, sql: "SELECT i.title, d.docid FROM searchdoc d JOIN item i ON i.rowid = d.item ORDER BY d.docid DESC")
                .map { $0[0] as String }
        }
        #expect(numbers == ["Newest Harbor News", "Metropolitan news", "Ferry Returns", "Harbor Council Approves the Plan"],
                "newest highest, the later article above the first fill")
        let filling = try DatabaseQueue(path: try indexPath).read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'searchFilling'")
        }
        #expect(filling == "0")
    }

    /// A file changed since the scan that listed it is not indexed with its new text under
    /// the old article: it waits for the scan that notices the change.
    @Test func anArticleWhoseFileChangedSinceTheScanWaitsForTheNextScan() throws {
        let session = try session()
        _ = session.reconcile()
        try library.write("port/ferry.txt", "Ferry Sinks\n\nPosted June 4th, 2011 at 9:00 am (UTC+1)\n\nA sad day.\n")
        try session.index.catchUpSearch()
        #expect(try titles("sad", session, catchUp: false).isEmpty)
        #expect(session.index.searchBacklog().pending.count == 1)
        _ = session.reconcile()
        #expect(try titles("sad", session) == ["Ferry Sinks"])
    }

    var indexPath: String {
        get throws { IndexLocation.path(forState: statePath, library: try LibraryScanner(root: library.path).rootPath) }
    }

    @Test func tooManyUnreachableRowsRebuildTheIndex() throws {
        let session = try session()
        _ = session.reconcile()
        try session.index.catchUpSearch()
        try library.write("port/ferry.txt", "Ferry Sinks\n\nPosted June 4th, 2011 at 9:00 am (UTC+1)\n\nA sad day.\n")
        _ = session.reconcile()
        #expect(session.index.searchBacklog().pending.count == 1, "one changed article waits; its old words are unreachable")
        #expect(session.index.searchBacklog(tolerating: 0).pending.count == 3, "past the tolerance, every article is indexed again")
        #expect(try titles("sad", session) == ["Ferry Sinks"])
        #expect(try titles("twice", session).isEmpty)
    }
}
