import BylineCore
import BylineStore
import BylineTestSupport
import Foundation
import Testing

/// Read state through real scans of a real folder and a real state file, across "restarts"
/// (a new `Store` on the same file).
@Suite struct StoreTests {
    let library: TemporaryLibrary
    let statePath: String

    init() throws {
        library = try TemporaryLibrary()
        statePath = library.sibling("state/byline.sqlite")
        try library.write("world/strike.txt", "Strike ends\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\nBody one.\n")
        try library.write("tech/chips.txt", "Chips\n\nPosted June 4th, 2011 at 9:00 am (UTC+1)\n\nBody two.\n")
    }

    /// A fresh process's view: scan, open the state file, match.
    func entries() throws -> [String: LibraryEntry] {
        let store = try Store(path: statePath)
        let loaded = LibraryLoader.load(try LibraryScanner(root: library.path))
        return Dictionary(uniqueKeysWithValues: try store.entries(for: loaded.articles).map { ($0.summary.path, $0) })
    }

    func markRead(_ path: String) throws {
        let id = try #require(try entries()[path]).id
        #expect(try Store(path: statePath).setRead([id], read: true) == [id])
    }

    @Test func createsTheStateFolderAndStartsUnread() throws {
        let all = try entries()
        #expect(FileManager.default.fileExists(atPath: statePath))
        #expect(all.values.allSatisfy { !$0.isRead })
    }

    @Test func aMarkSurvivesARestartWithTheSameIDs() throws {
        let before = try entries()
        try markRead("world/strike.txt")
        let after = try entries()
        #expect(after["world/strike.txt"]?.isRead == true)
        #expect(after["tech/chips.txt"]?.isRead == false)
        #expect(after.mapValues(\.id) == before.mapValues(\.id))
    }

    @Test func aStarSurvivesARestartARenameAndAnEditAndIsApartFromReadState() throws {
        let id = try #require(try entries()["world/strike.txt"]).id
        #expect(try Store(path: statePath).setStarred([id], starred: true) == [id])
        #expect(try Store(path: statePath).setStarred([id], starred: true).isEmpty, "starred already")
        #expect(try entries()["world/strike.txt"].map { ($0.isStarred, $0.isRead) } ?? (false, true) == (true, false))
        try library.move("world/strike.txt", to: "archive/strike.txt")
        #expect(try entries()["archive/strike.txt"].map { ($0.id, $0.isStarred) } ?? (id, false) == (id, true))
        try library.write("archive/strike.txt", "Strike ends\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\nBody one, corrected.\n")
        #expect(try entries()["archive/strike.txt"]?.isStarred == true, "edited in place")
        #expect(try Store(path: statePath).starredIDs() == [id])
        #expect(try entries()["tech/chips.txt"]?.isStarred == false)
        #expect(try Store(path: statePath).setStarred([id], starred: false) == [id])
        #expect(try Store(path: statePath).starredIDs().isEmpty)
    }

    @Test func aSettingIsKeptAcrossRestartsAndApartFromTheToken() throws {
        let token = try Store(path: statePath).token()
        #expect(try Store(path: statePath).setting("sortOrder") == nil)
        try Store(path: statePath).setSetting("sortOrder", to: "title")
        try Store(path: statePath).setSetting("sortOrder", to: "oldest")
        #expect(try Store(path: statePath).setting("sortOrder") == "oldest")
        try Store(path: statePath).setSetting("token", to: "not the token")
        #expect(try Store(path: statePath).token() == token, "settings have their own names")
    }

    @Test func aTouchedFileKeepsItsState() throws {
        try markRead("world/strike.txt")
        try library.touch("world/strike.txt", date: Date(timeIntervalSinceNow: 3_600))
        #expect(try entries()["world/strike.txt"]?.isRead == true)
    }

    @Test func aRenamedOrMovedFileKeepsItsState() throws {
        let id = try #require(try entries()["world/strike.txt"]).id
        try markRead("world/strike.txt")
        try library.move("world/strike.txt", to: "world/strike-renamed.txt")
        #expect(try entries()["world/strike-renamed.txt"].map { ($0.id, $0.isRead) } ?? (id, false) == (id, true))
        try library.move("world/strike-renamed.txt", to: "archive/2011/strike.txt")
        let moved = try #require(try entries()["archive/2011/strike.txt"])
        #expect(moved.id == id && moved.isRead && moved.summary.section == "archive/2011")
    }

    @Test func aFileEditedInPlaceKeepsItsState() throws {
        let id = try #require(try entries()["world/strike.txt"]).id
        try markRead("world/strike.txt")
        try library.write("world/strike.txt", "Strike ends (updated)\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\nMore.\n")
        let edited = try #require(try entries()["world/strike.txt"])
        #expect(edited.id == id && edited.isRead && edited.summary.title == "Strike ends (updated)")
    }

    @Test func twoFilesWithIdenticalContentAreTwoArticles() throws {
        try library.write("world/copy.txt", "Strike ends\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\nBody one.\n")
        try markRead("world/strike.txt")
        let all = try entries()
        #expect(all["world/copy.txt"]?.id != all["world/strike.txt"]?.id)
        #expect(all["world/copy.txt"]?.isRead == false)
        #expect(all["world/strike.txt"]?.isRead == true)
    }

    @Test func aDeletedArticleThatComesBackIsStillRead() throws {
        try markRead("tech/chips.txt")
        let saved = try String(contentsOf: library.url.appendingPathComponent("tech/chips.txt"), encoding: .utf8)
        try library.remove("tech/chips.txt")
        #expect(try entries()["tech/chips.txt"] == nil)
        try library.write("tech/chips.txt", saved)
        #expect(try entries()["tech/chips.txt"]?.isRead == true)
    }

    @Test func markingUnreadAndRepeatingAMarkReportOnlyChanges() throws {
        let store = try Store(path: statePath)
        let loaded = LibraryLoader.load(try LibraryScanner(root: library.path))
        let ids = try store.entries(for: loaded.articles).map(\.id)
        #expect(try store.setRead(ids, read: true).count == 2)
        #expect(try store.setRead(ids, read: true).isEmpty)
        #expect(try store.setRead([ids[0]], read: false) == [ids[0]])
        #expect(try store.readIDs() == [ids[1]])
        #expect(try store.setRead([ArticleID("unknown")], read: true).isEmpty)
    }

    @Test func bulkMarksSpanSeveralStatementsAndReportChangesInOrder() throws {
        let store = try Store()
        let summaries = (0..<11_234).map { number in
            ArticleSummary(
                file: LibraryFile(
                    path: "bulk/\(number).txt", section: "bulk", systemPath: [], size: 1, modificationTimeNanoseconds: 0,
                    device: 0, inode: UInt64(number)),
                contentHash: "h\(number)", title: "Story \(number)",
                date: ArticleDate(instant: Date(timeIntervalSince1970: 0), utcOffsetSeconds: 0), format: .text, words: 10)
        }
        let ids = try store.entries(for: summaries).map(\.id)
        // Statements take 5,000 ids each: these marks span two and three of them.
        let some = Array(ids[4_900..<5_100].reversed())
        #expect(try store.setRead(some, read: true) == some)
        let all = ids + [ArticleID("not-an-article")]
        let rest = try store.setRead(all, read: true)
        #expect(rest == Array(ids[0..<4_900] + ids[5_100...]), "only the ones not read yet, in the order given")
        #expect(try store.readIDs().count == 11_234)
        #expect(try store.setRead(Array(ids[..<6_000]), read: false) == Array(ids[..<6_000]))
        #expect(try store.readIDs() == Set(ids[6_000...]))
    }

    @Test func vouchedArticlesKeepTheirIdsAndACopyOfOneIsNew() throws {
        let store = try Store()
        func summary(_ path: String, _ hash: String) -> ArticleSummary {
            ArticleSummary(
                file: LibraryFile(path: path, section: "", systemPath: [], size: 1, modificationTimeNanoseconds: 0, device: 0, inode: 0),
                contentHash: hash, title: path,
                date: ArticleDate(instant: Date(timeIntervalSince1970: 0), utcOffsetSeconds: 0), format: .text, words: 1)
        }
        let first = try store.entries(for: [summary("a.txt", "h1"), summary("b.txt", "h2")])
        let a = first[0].id
        // a.txt unchanged and vouched for; its copy c.txt has the same content but a is present,
        // so c is new rather than a move of a.
        let second = try store.entries(for: [summary("a.txt", "h1"), summary("c.txt", "h1")], vouched: [a, nil])
        #expect(second[0].id == a)
        #expect(second[1].id != a && second[1].id != first[1].id)
        // Without a voucher the same scan resolves the same way through the rules.
        let third = try store.entries(for: [summary("a.txt", "h1"), summary("c.txt", "h1")])
        #expect(third.map(\.id) == second.map(\.id))
    }
}
