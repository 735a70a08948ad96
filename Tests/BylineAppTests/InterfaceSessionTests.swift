import BylineApp
import BylineCore
import BylineStore
import BylineTestSupport
import BylineUI
import Foundation
import GRDB
import Testing

extension InterfaceSession {
    /// A session as a new process opens one: the library's scanner, the state file, its index.
    static func opening(_ library: TemporaryLibrary, statePath: String) throws -> InterfaceSession {
        InterfaceSession(scanner: try LibraryScanner(root: library.path), store: try Store(path: statePath), statePath: statePath)
    }
}

/// The index cache and the reconciling scan, through real folders and real files, across
/// "restarts" (a new session on the same state and index files).
@Suite struct InterfaceSessionTests {
    let library: TemporaryLibrary
    let statePath: String

    init() throws {
        library = try TemporaryLibrary()
        statePath = library.sibling("state/byline.sqlite")
        try library.write("world/strike.txt", "Strike ends\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\nBody one.\n")
        try library.write("tech/chips.txt", "Chips\n\nPosted June 4th, 2011 at 9:00 am (UTC+1)\n\nBody two.\n")
        try library.write("tech/broken.txt", "")
    }

    /// A new process's session.
    func session() throws -> InterfaceSession {
        try InterfaceSession.opening(library, statePath: statePath)
    }

    var indexPath: String {
        get throws { IndexLocation.path(forState: statePath, library: try LibraryScanner(root: library.path).rootPath) }
    }

    func byPath(_ contents: LibraryContents?) -> [String: LibraryEntry] {
        Dictionary((contents?.entries ?? []).map { ($0.summary.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func aFirstStartHasNoCacheAndTheScanFillsIt() throws {
        let first = try session()
        #expect(first.cachedContents() == nil)
        let loaded = first.load()
        #expect(Set(loaded.entries.map(\.summary.path)) == ["world/strike.txt", "tech/chips.txt"])
        #expect(loaded.skipped.map(\.path) == ["tech/broken.txt"])

        let cached = try #require(try session().cachedContents())
        #expect(Set(cached.entries) == Set(loaded.entries), "same ids, summaries and read state from the index alone")
        #expect(cached.skipped == loaded.skipped)
    }

    /// `s` in one run is a star in the next, from the index as from a scan, and a star set by
    /// another process reaches a running interface with the next scan.
    @Test func aStarFromTheInterfaceIsThereAfterARestart() throws {
        let first = try session()
        let strike = try #require(byPath(first.load())["world/strike.txt"])
        #expect(EffectPerformer(session: first).perform(.setStarred([strike.id], starred: true)) == nil)
        #expect(byPath(try session().cachedContents())["world/strike.txt"]?.isStarred == true)
        #expect(byPath(try session().load())["world/strike.txt"]?.isStarred == true)
        #expect(byPath(try session().load())["tech/chips.txt"]?.isStarred == false)

        let running = try session()
        let chips = try #require(byPath(running.load())["tech/chips.txt"])
        try Store(path: statePath).setStarred([chips.id], starred: true)
        let marks = running.withCurrentReadState(.libraryUnchanged)
        #expect(marks.contains(.starsLoaded([strike.id, chips.id])))
    }

    @Test func anUnchangedLibraryIsNotParsedAgain() throws {
        _ = try session().load()
        let second = try session()
        var parsedTotal: (done: Int, total: Int) = (0, 0)
        _ = second.load { parsedTotal = ($0, $1) }
        #expect(parsedTotal.done == 3 && parsedTotal.total == 3)
        let result = LibraryReconciler.reconcile(
            try LibraryScanner(root: library.path).scan(),
            index: IndexCache(path: try indexPath, libraryRoot: try LibraryScanner(root: library.path).rootPath)
                .snapshot(stateToken: try Store(path: statePath).token()).files)
        #expect(result.parsedCount == 0)
        #expect(result.changed.isEmpty && result.removed.isEmpty)
    }

    @Test func addChangeMoveAndDeleteWhileRunningKeepReadState() throws {
        let running = try session()
        let before = byPath(running.load())
        let strike = try #require(before["world/strike.txt"])
        let chips = try #require(before["tech/chips.txt"])
        try running.store.setRead([strike.id, chips.id], read: true)

        try library.write("science/comet.txt", "Comet\n\nPosted June 5th, 2011 at 1:00 pm (UTC)\n\nNew.\n")
        try library.move("world/strike.txt", to: "business/strike.txt")
        try library.write("tech/chips.txt", "Chips, revised\n\nPosted June 4th, 2011 at 9:00 am (UTC+1)\n\nBody two, longer.\n")
        let after = byPath(running.load())

        #expect(after["science/comet.txt"]?.isRead == false)
        #expect(after["business/strike.txt"]?.id == strike.id, "a move keeps the identity")
        #expect(after["business/strike.txt"]?.isRead == true)
        #expect(after["tech/chips.txt"]?.id == chips.id, "an edit in place keeps the identity")
        #expect(after["tech/chips.txt"]?.summary.title == "Chips, revised")
        #expect(after["world/strike.txt"] == nil)

        try library.remove("science/comet.txt")
        let removed = byPath(running.load())
        #expect(removed["science/comet.txt"] == nil)

        // And the index a restart reads agrees with the folder.
        let restarted = byPath(try session().cachedContents())
        #expect(Set(restarted.keys) == ["business/strike.txt", "tech/chips.txt"])
        #expect(restarted["tech/chips.txt"]?.summary.title == "Chips, revised")
        #expect(restarted["business/strike.txt"]?.isRead == true)
    }

    @Test func aDeletedIndexIsRebuiltAndReadStateStays() throws {
        let first = try session()
        let id = try #require(byPath(first.load())["world/strike.txt"]).id
        try first.store.setRead([id], read: true)
        try FileManager.default.removeItem(atPath: try indexPath)

        let second = try session()
        #expect(second.cachedContents() == nil)
        #expect(byPath(second.load())["world/strike.txt"]?.isRead == true)
        #expect(byPath(try session().cachedContents())["world/strike.txt"]?.isRead == true)
    }

    @Test func aCorruptedIndexIsRebuiltAndReadStateStays() throws {
        let first = try session()
        let id = try #require(byPath(first.load())["world/strike.txt"]).id
        try first.store.setRead([id], read: true)
        try Data(repeating: 0x5A, count: 8_192).write(to: URL(fileURLWithPath: try indexPath))
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: try indexPath + suffix) }

        let second = try session()
        #expect(second.index.problem != nil, "the damage is reported")
        #expect(second.cachedContents() == nil)
        #expect(byPath(second.load())["world/strike.txt"]?.isRead == true)
        let third = try session()
        #expect(third.index.problem == nil)
        #expect(byPath(third.cachedContents())["world/strike.txt"]?.isRead == true)
    }

    @Test func anIndexIsNotTrustedWithIdsFromAnotherStateFile() throws {
        _ = try session().load()
        // A new state file (the old one deleted): the index's ids mean nothing there.
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: statePath + suffix) }
        let fresh = try session()
        #expect(fresh.cachedContents() == nil)
        let loaded = fresh.load()
        #expect(loaded.entries.count == 2)
        let ids = Set(loaded.entries.map(\.id))
        #expect(Set(try #require(try session().cachedContents()).entries.map(\.id)) == ids)
    }

    @Test func anIndexOfAnotherLibraryIsNotUsed() throws {
        _ = try session().load()
        let other = try TemporaryLibrary()
        try other.write("only.txt", "Only\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\nBody.\n")
        let scanner = try LibraryScanner(root: other.path)
        // Even forced onto the same index file, another folder's index starts empty.
        let session = InterfaceSession(
            scanner: scanner, store: try Store(path: statePath),
            index: IndexCache(path: try indexPath, libraryRoot: scanner.rootPath))
        #expect(session.cachedContents() == nil)
        #expect(session.load().entries.map(\.summary.path) == ["only.txt"])
    }
}

/// Scans on their own thread: progress and the result arrive in the mailbox.
@Suite struct BackgroundScannerTests {
    @Test func aScanPostsItsResultAndARequestDuringAScanRunsOneMore() throws {
        let library = try TemporaryLibrary()
        for number in 0..<300 {
            try library.write("s\(number % 7)/a\(number).txt", "Story \(number)\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\nBody.\n")
        }
        let statePath = library.sibling("state.sqlite")
        let session = try InterfaceSession.opening(library, statePath: statePath)
        let mailbox = Mailbox()
        let scanner = BackgroundScanner(session: session, mailbox: mailbox)
        scanner.request()
        scanner.request()
        scanner.request()
        var results: [Action] = []
        let deadline = ContinuousClock.now + .seconds(30)
        while scanner.isScanning || results.count < 2, ContinuousClock.now < deadline {
            results += mailbox.drain().filter { if case .scanProgress = $0 { false } else { true } }
            Thread.sleep(forTimeInterval: 0.01)
        }
        results += mailbox.drain().filter { if case .scanProgress = $0 { false } else { true } }
        #expect(results.count == 2, "three requests during one scan make exactly one more")
        guard case .libraryLoaded(let first) = results.first else {
            Issue.record("the first scan brings the library")
            return
        }
        #expect(first.entries.count == 300)
        #expect(results.last == .libraryUnchanged, "the second finds nothing new and says only that")

        // A change after that is a full result again.
        try library.write("s0/new.txt", "New\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\nBody.\n")
        scanner.request()
        var after: [Action] = []
        while after.isEmpty, ContinuousClock.now < deadline {
            after += mailbox.drain().filter { if case .scanProgress = $0 { false } else { true } }
            Thread.sleep(forTimeInterval: 0.01)
        }
        guard case .libraryLoaded(let changed) = after.first else {
            Issue.record("a new file brings the library again")
            return
        }
        #expect(changed.entries.count == 301)
    }

    /// The whole list arrives before the index is written; waiting for the write (as quitting
    /// does) returns with every row on disk, where another process reads it without waiting.
    @Test func theIndexIsWrittenBehindTheListAndWaitedForOnQuit() throws {
        let library = try TemporaryLibrary()
        for number in 0..<2_000 {
            try library.write("s\(number % 7)/a\(number).txt", "Story \(number)\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\nBody.\n")
        }
        let statePath = library.sibling("state.sqlite")
        let mailbox = Mailbox()
        let scanner = BackgroundScanner(session: try InterfaceSession.opening(library, statePath: statePath), mailbox: mailbox)
        scanner.request()
        let deadline = ContinuousClock.now + .seconds(60)
        var whole = false
        while !whole, ContinuousClock.now < deadline {
            whole = mailbox.drain().contains { if case .libraryLoaded(let contents) = $0 { !contents.isPartial } else { false } }
            Thread.sleep(forTimeInterval: 0.005)
        }
        #expect(whole)
        scanner.finishWritingIndex(within: .seconds(30))
        // Read as another process would, without waiting for a writer.
        let index = IndexLocation.path(forState: statePath, library: try LibraryScanner(root: library.path).rootPath)
        let rows = try DatabaseQueue(path: index).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM item") }
        #expect(rows == 2_000)
    }
}

/// Feed items are articles of their own: read state follows the item, not the file.
@Suite struct FeedItemIdentityTests {
    static func feed(_ items: [String], title: String = "Harbor Gazette") -> String {
        """
        <?xml version="1.0"?><rss version="2.0"><channel><title>\(title)</title>
        \(items.map { "<item><title>Item \($0)</title><guid>g-\($0)</guid><pubDate>Sun, 29 Nov 2026 18:45:00 -0330</pubDate><description>Body \($0).</description></item>" }.joined())
        </channel></rss>
        """
    }

    @Test func anItemThatLeavesAndComesBackHasItsOldReadState() throws {
        let library = try TemporaryLibrary()
        let statePath = library.sibling("state.sqlite")
        try library.write("feeds/gazette.rss", Self.feed(["a", "b", "c"]))
        let session = try InterfaceSession.opening(library, statePath: statePath)
        let first = session.load().entries
        #expect(Set(first.map(\.summary.section)) == ["feeds/Harbor Gazette"])
        let b = try #require(first.first { $0.summary.title == "Item b" })
        try session.store.setRead([b.id], read: true)

        // A fetch script rewrites the file: b drops out, d arrives, a and c are unchanged.
        try library.write("feeds/gazette.rss", Self.feed(["a", "c", "d"]))
        let second = session.load().entries
        #expect(second.map(\.summary.title).sorted() == ["Item a", "Item c", "Item d"])
        #expect(second.first { $0.summary.title == "Item a" }?.id == first.first { $0.summary.title == "Item a" }?.id)

        try library.write("feeds/gazette.rss", Self.feed(["b", "c", "d"]))
        let third = session.load().entries
        let back = try #require(third.first { $0.summary.title == "Item b" })
        #expect(back.id == b.id)
        #expect(back.isRead)
    }

    /// A whole list handed out from the index comes with the snapshot the next scan needs,
    /// built around the same summaries: it must say exactly what the index's own full read says.
    @Test func theSnapshotSharingTheListIsTheIndexsOwn() throws {
        let library = try TemporaryLibrary()
        let statePath = library.sibling("state.sqlite")
        try library.write("feeds/gazette.rss", Self.feed(["c", "a", "b"]))
        try library.write("feeds/empty.rss", Self.feed([]))
        try library.write("world/a.txt", "A\n\nBody.\n")
        try library.write("world/empty.txt", "")
        try library.write("mail/note.eml", "Subject: Note\nFrom: A <a@b.example>\nDate: Sun, 29 Nov 2026 18:45:00 +0000\nBody straight after the headers\n")
        _ = try InterfaceSession.opening(library, statePath: statePath).load()

        let store = try Store(path: statePath)
        let index = IndexCache(
            path: IndexLocation.path(forState: statePath, library: try LibraryScanner(root: library.path).rootPath),
            libraryRoot: try LibraryScanner(root: library.path).rootPath)
        let token = try store.token()
        let full = index.snapshot(stateToken: token)
        let entries = index.startingEntries(stateToken: token) { _ in false }.entries
        let shared = try #require(index.snapshot(sharing: entries, stateToken: token))
        #expect(full.files.count == 5)
        #expect(full.files.paths.contains { path in
            if case .articles(_, let notes)? = full.files[path]?.outcome { !notes.isEmpty } else { false }
        })
        #expect(shared.files == full.files)
        #expect(Dictionary(uniqueKeysWithValues: shared.ids.map { ($0.key, $0.value) })
            == Dictionary(uniqueKeysWithValues: full.ids.map { ($0.key, $0.value) }))
        if case .articles(let items, _) = shared.files["feeds/gazette.rss"]?.outcome {
            #expect(items.map(\.title) == ["Item c", "Item a", "Item b"], "the feed's own order")
        } else {
            Issue.record("the feed's articles are missing")
        }
    }

    @Test func aSlashInAFeedTitleDoesNotNestSections() throws {
        let library = try TemporaryLibrary()
        let statePath = library.sibling("state.sqlite")
        try library.write("feeds/music.rss", Self.feed(["a"], title: "AC/DC News"))
        let session = try InterfaceSession.opening(library, statePath: statePath)
        #expect(session.load().entries.map(\.summary.section) == ["feeds/AC\u{2215}DC News"])
    }
}

/// A first scan shows stories as they arrive; later scans never show half a library.
@Suite struct PartialContentsTests {
    @Test func aFirstScanHandsOutGrowingPartialListsWithFinalIds() throws {
        let library = try TemporaryLibrary()
        for number in 0..<2_100 {
            try library.write("s\(number % 5)/a\(number).txt", "Story \(number)\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\nBody \(number).\n")
        }
        let statePath = library.sibling("state.sqlite")
        let session = try InterfaceSession.opening(library, statePath: statePath)
        var partials: [LibraryContents] = []
        let final = session.reconcile(partial: { partials.append($0) }).contents
        #expect(partials.map(\.entries.count) == [512, 1_024],
                "after 500 and 1,000 articles, in whole batches; none after half the files")
        #expect(partials.allSatisfy(\.isPartial) && !final.isPartial)
        let finalIDs = Dictionary(uniqueKeysWithValues: final.entries.map { ($0.summary.path, $0.id) })
        #expect(partials.last?.entries.allSatisfy { finalIDs[$0.summary.path] == $0.id } == true)

        var later: [LibraryContents] = []
        try library.write("s9/new.txt", "New\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\nBody.\n")
        _ = session.reconcile(partial: { later.append($0) })
        #expect(later.isEmpty)
    }
}

/// Where folders cannot be watched, the runner asks for scans now and then.
@Suite struct PollingFallbackTests {
    @Test func withoutAWatcherScansAreDueAfterTheInterval() throws {
        let library = try TemporaryLibrary()
        try library.write("a.txt", "A\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\nBody.\n")
        let session = try InterfaceSession.opening(library, statePath: library.sibling("state.sqlite"))
        let scanner = BackgroundScanner(session: session, mailbox: Mailbox())
        #expect(!scanner.needsPolling(every: .seconds(60)), "a scan is not due right away")
        #expect(scanner.needsPolling(every: .zero), "no watcher: changes could go unseen")
        #expect(scanner.watchFolders(), "inotify is there on Linux")
        #expect(!scanner.needsPolling(every: .zero), "a complete watcher needs no polling")
        scanner.stopWatching()
        #expect(scanner.needsPolling(every: .zero))
    }
}

/// A large library's first screen: its newest stories, and counts true for all of it.
@Suite struct FirstScreenTests {
    @Test func theNewestStoriesAndEveryFoldersCountsComeFromTheIndex() throws {
        let library = try TemporaryLibrary()
        for number in 0..<60 {
            let day = number % 28 + 1
            try library.write(
                "s\(number % 3)/a\(number).txt",
                "Story \(number)\n\nPosted June \(day), 2011 at \(number % 12 + 1):00 pm (UTC)\n\nBody.\n")
        }
        let statePath = library.sibling("state.sqlite")
        let first = try InterfaceSession.opening(library, statePath: statePath)
        #expect(first.firstScreen(limit: 10, threshold: 0) == nil, "no index yet")
        let all = first.load().entries
        let readOnes = all.filter { $0.summary.section == "s1" }.prefix(7).map(\.id)
        try first.store.setRead(Array(readOnes), read: true)

        let session = try InterfaceSession.opening(library, statePath: statePath)
        let screen = try #require(session.firstScreen(limit: 10, threshold: 0))
        #expect(screen.entries.count == 10)
        #expect(screen.entries == Array(LibraryEntry.sortedNewestFirst(all.map { entry in
            var entry = entry
            entry.isRead = readOnes.contains(entry.id)
            return entry
        }).prefix(10)), "the ten newest, read marks and all")
        #expect(screen.folderCounts == [
            "s0": FolderCount(total: 20, unread: 20), "s1": FolderCount(total: 20, unread: 13),
            "s2": FolderCount(total: 20, unread: 20),
        ])
        #expect(session.firstScreen(limit: 10) == nil, "a small library loads whole instead")
    }

    @Test func aLargeFirstIndexStillHasItsDateIndex() throws {
        let library = try TemporaryLibrary()
        for number in 0..<(IndexCache.bulkFill + 50) {
            // A date of its own for every story, so "the newest five" is one answer.
            let (day, hour, minute) = (number % 28 + 1, number / 28 % 12 + 1, number / 336 % 60)
            let time = "\(hour):" + (minute < 10 ? "0" : "") + "\(minute) pm"
            try library.write("s\(number % 4)/a\(number).txt", "Story \(number)\n\nPosted June \(day), 2011 at \(time) (UTC)\n\nBody.\n")
        }
        let statePath = library.sibling("state.sqlite")
        let all = try InterfaceSession.opening(library, statePath: statePath).load().entries
        let indexPath = IndexLocation.path(forState: statePath, library: try LibraryScanner(root: library.path).rootPath)
        let indexes = try DatabaseQueue(path: indexPath).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'item'")
        }
        #expect(indexes.contains("item_by_instant"))
        let screen = try #require(try InterfaceSession.opening(library, statePath: statePath).firstScreen(limit: 5, threshold: 0))
        #expect(screen.entries == Array(LibraryEntry.sortedNewestFirst(all).prefix(5)))
    }
}
