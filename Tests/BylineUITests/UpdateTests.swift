import BylineCore
import BylineTestSupport
import BylineUI
import Testing

@Suite struct UpdateTests {
    @Test func startsOnTheStoryListOfAllNewestFirstWithAPreview() {
        let state = TestLibrary.state()
        #expect(state.focus == .stories)
        #expect(state.sections.map(\.name) == ["All", "Unread", "Starred", "Today", "science", "space", "tech", "world"])
        #expect(state.visible.map { state.entries[$0].id.rawValue } == ["w1", "s1", "w2", "sp1", "t1"])
        #expect(state.readerID == "w1")
        #expect(state.reader?.isOpen == false)
        #expect(!state.isRead("w1"))
    }

    @Test func openingAStoryMarksItReadAtOnce() {
        var state = TestLibrary.state()
        let effects = state.apply(.open)
        #expect(effects.contains(.setRead([ArticleID("w1")], read: true)))
        #expect(state.isRead("w1"))
        #expect(state.focus == .reader)
        #expect(state.reader?.isOpen == true)
    }

    @Test func previewingInTheWideLayoutDoesNotMarkRead() {
        var state = TestLibrary.state()
        let effects = state.apply(.moveDown)
        #expect(state.readerID == "s1")
        #expect(!effects.contains { if case .setRead = $0 { true } else { false } })
        #expect(!state.isRead("s1"))
    }

    @Test func nextUnreadSkipsReadStoriesAcrossSectionsAndFollowsWithTheSectionList() {
        var state = TestLibrary.state()
        state.apply(.focusPrevious, .last, .open)  // sections: world; then its stories
        #expect(state.sectionName == "world")
        state.apply(.open)  // w1
        #expect(state.readerID == "w1")
        state.apply(.nextUnread)
        #expect(state.readerID == "s1")
        #expect(state.sectionName == "science")
        state.apply(.nextUnread)
        #expect(state.readerID == "sp1")
        #expect(state.sectionName == "science", "science shows its nested sections, so it stays selected")
        state.apply(.nextUnread)
        #expect(state.readerID == "sp1")
        #expect(state.message?.text == "No unread stories left")
        #expect(["w1", "s1", "sp1"].allSatisfy(state.isRead))
    }

    @Test func nextUnreadWrapsAroundToTheTopOfTheList() {
        var state = TestLibrary.state()
        state.apply(.last)  // t1, read
        state.apply(.nextUnread)
        #expect(state.readerID == "w1")
        state.apply(.previousUnread)
        #expect(state.readerID == "sp1", "p from the first story wraps to the last unread")
    }

    @Test func togglingUnreadOnlyKeepsTheSelectionOnTheSameStory() {
        var state = TestLibrary.state()
        state.apply(.moveDown)  // s1
        state.apply(.toggleUnreadOnly)
        #expect(state.visible.map { state.entries[$0].id.rawValue } == ["w1", "s1", "sp1"])
        #expect(state.selectedID == "s1")
        state.apply(.toggleUnreadOnly)
        #expect(state.selectedID == "s1")
        #expect(state.visible.count == 5)
    }

    @Test func hidingReadStoriesWhileReadingKeepsTheOpenArticle() {
        var state = TestLibrary.state()
        state.apply(.open)
        state.apply(.toggleUnreadOnly)
        #expect(state.readerID == "w1" && state.reader?.isOpen == true)
        #expect(state.selectedID == "s1", "the list is rebuilt without the read story")
    }

    @Test func hidingReadStoriesMovesTheSelectionToTheNextShownStory() {
        var state = TestLibrary.state()
        state.apply(.moveDown, .moveDown)  // w2, read
        state.apply(.toggleUnreadOnly)
        #expect(state.selectedID == "sp1")
    }

    @Test func storiesReadInAnUnreadOnlyListStayUntilTheListIsRebuilt() {
        var state = TestLibrary.state()
        state.apply(.toggleUnreadOnly, .open)
        #expect(state.isRead("w1"))
        #expect(state.visible.count == 3)
        state.apply(.back, .toggleUnreadOnly, .toggleUnreadOnly)
        #expect(state.visible.count == 2)
    }

    @Test func markAllReadAsksFirstAndNoMarksNothing() {
        var state = TestLibrary.state()
        state.apply(.markAllRead)
        #expect(state.prompt?.question == "Mark 3 unread stories in All as read? (y/n)")
        #expect(state.apply(.answer(false)).isEmpty)
        #expect(state.prompt == nil)
        #expect(!state.isRead("w1"))
    }

    @Test func undoOfMarkAllRestoresEveryStory() {
        var state = TestLibrary.state()
        state.apply(.markAllRead)
        let marked = state.apply(.answer(true))
        #expect(marked == [.setRead([ArticleID("w1"), ArticleID("s1"), ArticleID("sp1")], read: true)])
        #expect(state.message?.text == "Marked 3 stories read (U undoes)")
        #expect(state.unreadCount == 0)
        let undone = state.apply(.undo)
        #expect(undone == [.setRead([ArticleID("s1"), ArticleID("sp1"), ArticleID("w1")], read: false)])
        #expect(state.unreadCount == 3)
        #expect(state.isRead("w2") && state.isRead("t1"), "stories read before stay read")
        #expect(state.apply(.undo).isEmpty)
        #expect(state.message?.text == "Nothing to undo")
    }

    /// A mark arriving from elsewhere while the question is up is not the reader's to undo.
    @Test func undoOfMarkAllLeavesAStoryReadMeanwhileRead() {
        var state = TestLibrary.state()
        state.apply(.markAllRead)
        let readElsewhere: Set<ArticleID> = Set(["w2", "t1", "w1"].map(ArticleID.init))
        state.apply(.readStateLoaded(readElsewhere))
        let marked = state.apply(.answer(true))
        #expect(marked == [.setRead([ArticleID("s1"), ArticleID("sp1")], read: true)])
        #expect(state.message?.text == "Marked 2 stories read (U undoes)")
        state.apply(.undo)
        #expect(state.isRead("w1"), "read elsewhere, so not unmarked by undo")
        #expect(!state.isRead("s1") && !state.isRead("sp1"))
    }

    @Test func markAllReadInASectionCountsNestedSections() {
        var state = TestLibrary.state()
        state.apply(.focusPrevious, .moveDown, .moveDown, .moveDown, .moveDown)  // past All, Unread, Starred, Today: science
        state.apply(.markAllRead)
        #expect(state.prompt?.question == "Mark 2 unread stories in science as read? (y/n)")
    }

    @Test func mTogglesTheSelectedStoryAndUUndoesIt() {
        var state = TestLibrary.state()
        #expect(state.apply(.toggleRead) == [.setRead([ArticleID("w1")], read: true)])
        #expect(state.apply(.toggleRead) == [.setRead([ArticleID("w1")], read: false)])
        #expect(state.apply(.undo) == [.setRead([ArticleID("w1")], read: true)])
    }

    @Test func sStarsTheSelectedStoryAndUUndoesIt() {
        var state = TestLibrary.state()
        #expect(state.apply(.toggleStar) == [.setStarred([ArticleID("w1")], starred: true)])
        #expect(state.entry(ArticleID("w1"))?.isStarred == true && state.starredCount == 1)
        #expect(state.message?.text == "Starred")
        #expect(state.apply(.toggleStar) == [.setStarred([ArticleID("w1")], starred: false)])
        #expect(state.starredCount == 0)
        #expect(state.apply(.undo) == [.setStarred([ArticleID("w1")], starred: true)])
        #expect(state.entry(ArticleID("w1"))?.isStarred == true && state.starredCount == 1)
        #expect(state.entry(ArticleID("w1"))?.isRead == false, "a star is not a read mark")
        // Stars set elsewhere (the command line) arrive with the store's set.
        _ = update(&state, .starsLoaded([ArticleID("s1")]))
        #expect(state.entries.filter(\.isStarred).map(\.id) == [ArticleID("s1")] && state.starredCount == 1)
    }

    @Test func spaceAtTheEndOfAnArticleOpensTheNextUnread() {
        var state = TestLibrary.state(size: Size(width: 120, height: 40))
        state.apply(.open, paragraphs: 12)
        let lines = state.reader?.document.lines.count ?? 0
        let page = state.layout.readerPageHeight
        #expect(lines > page, "the article must be longer than a page for this test")
        var presses = 0
        while state.readerID == "w1" && presses < 20 {
            state.apply(.readOn, paragraphs: 12)
            presses += 1
        }
        #expect(state.readerID == "s1")
        #expect(presses == (lines - page + (page - 3)) / (page - 2) + 1)
        #expect(state.isRead("s1"))
    }

    @Test func jAndKScrollTheArticleWhenTheReaderHasFocus() {
        var state = TestLibrary.state()
        state.apply(.open, paragraphs: 20)
        state.apply(.moveDown, .moveDown)
        #expect(state.reader?.top == 2)
        state.apply(.moveUp)
        #expect(state.reader?.top == 1)
        state.apply(.last)
        #expect(state.reader?.top == (state.reader?.document.lines.count ?? 0) - state.layout.readerPageHeight)
        state.apply(.first)
        #expect(state.reader?.top == 0)
    }

    @Test func capitalJAndKOpenTheNeighbouringStories() {
        var state = TestLibrary.state()
        state.apply(.open, .nextStory)
        #expect(state.readerID == "s1" && state.isRead("s1"))
        state.apply(.previousStory)
        #expect(state.readerID == "w1")
        state.apply(.previousStory)
        #expect(state.message?.text == "This is the first story")
    }

    @Test func qGoesBackOnePaneAtATimeAndQuitsFromTheTop() {
        var state = TestLibrary.state()
        state.apply(.open)
        #expect(state.apply(.backOrQuit).isEmpty && state.focus == .stories)
        #expect(state.apply(.backOrQuit).isEmpty && state.focus == .sections)
        #expect(state.apply(.backOrQuit) == [.quit])
        #expect(state.apply(.back).isEmpty, "Esc does not quit")
    }

    @Test func theNarrowLayoutShowsOnePaneAndEnterGoesIn() {
        var state = TestLibrary.state(size: Size(width: 60, height: 20))
        #expect(!state.layout.isWide)
        #expect(state.reader == nil, "no preview when the reader is not on screen")
        state.apply(.back)
        #expect(state.layout.panes.keys.sorted { $0.rawValue < $1.rawValue } == [.sections])
        state.apply(.moveDown, .moveDown, .moveDown, .moveDown, .open)
        #expect(state.focus == .stories && state.sectionName == "science")
        state.apply(.open)
        #expect(state.focus == .reader && state.readerID == "s1")
        #expect(state.layout.panes[.reader] == Rect(x: 0, y: 1, width: 60, height: 18))
    }

    @Test func resizingKeepsTheSelectionAndTheReadingPosition() {
        var state = TestLibrary.state()
        state.apply(.moveDown, .open, paragraphs: 30)
        state.apply(.pageDown, .pageDown)
        let before = state.reader?.document.anchor(at: state.reader?.top ?? 0)
        let firstWords = state.reader.map { $0.document.lines[$0.top].text.prefix(8) }
        state.apply(.resize(Size(width: 70, height: 30)))
        #expect(state.selectedID == "s1")
        #expect(!state.layout.isWide)
        let after = state.reader?.document.anchor(at: state.reader?.top ?? 0)
        #expect(after?.paragraph == before?.paragraph)
        #expect(state.reader?.document.width == 68)
        let line = state.reader.map { $0.document.lines[$0.top].text } ?? ""
        #expect(abs((after?.offset ?? 0) - (before?.offset ?? 0)) < 68, "\(line) vs \(firstWords ?? "")")
    }

    @Test func aRescanKeepsTheSelectionAndTheOpenStory() {
        var state = TestLibrary.state()
        state.apply(.moveDown, .open)
        // The store now has s1 read, and a new story arrived.
        var added = TestLibrary.entries + [Stories.entry("n1", "Brand new", section: "world", day: 12)]
        added[2].isRead = true
        state.apply(.rescan)
        state.apply(.libraryLoaded(LibraryContents(entries: added, skipped: [])))
        #expect(state.selectedID == "s1")
        #expect(state.readerID == "s1")
        #expect(state.entries.count == 6)
        #expect(state.message?.text == "6 stories, 3 unread")
    }

    @Test func aFailedStoreWriteIsReported() {
        var state = TestLibrary.state()
        state.apply(.storeFailed("disk full"))
        #expect(state.message == StatusMessage("Could not save marks: disk full", isError: true))
    }

    @Test func keysMeanAnswersWhileAQuestionIsAskedAndCloseTheHelpScreen() {
        var state = TestLibrary.state()
        state.apply(.markAllRead)
        #expect(action(for: .character("y"), in: state) == .answer(true))
        #expect(action(for: .character("x"), in: state) == .answer(false))
        state.apply(.answer(false), .toggleHelp)
        #expect(action(for: .character("j"), in: state) == .moveDown)
        #expect(action(for: .character("x"), in: state) == .toggleHelp)
        state.apply(.toggleHelp)
        #expect(action(for: .character("n"), in: state) == .nextUnread)
        #expect(action(for: .control("l"), in: state) == .redraw)
    }
}

/// Background scans: progress on the status line, and messages only when they bring news.
@Suite struct BackgroundScanUpdateTests {
    @Test func progressShowsOnTheStatusLineUntilTheResultArrives() {
        var state = TestLibrary.state()
        _ = update(&state, .scanProgress(done: 12_345, total: 100_000))
        #expect(render(state).line(39).contains("scanning 12,345 / 100,000"))
        _ = update(&state, .libraryLoaded(LibraryContents(entries: TestLibrary.entries, skipped: [])))
        #expect(state.scanProgress == nil)
        #expect(!render(state).line(39).contains("scanning"))
    }

    @Test func anUnaskedScanSpeaksOnlyOfNewStoriesAndKeepsTheSelection() {
        var state = TestLibrary.state()
        state.apply(.moveDown, .moveDown)
        let selected = state.selectedID
        _ = update(&state, .libraryLoaded(LibraryContents(entries: TestLibrary.entries, skipped: [])))
        #expect(state.message == nil)
        #expect(state.selectedID == selected)
        let newer = TestLibrary.entries + [Stories.entry("n1", "Brand new", section: "world", day: 20)]
        _ = update(&state, .libraryLoaded(LibraryContents(entries: newer, skipped: [])))
        #expect(state.message?.text == "1 new story")
        #expect(state.selectedID == selected, "a story arriving above does not move the selection")
    }

    @Test func rAnnouncesTheResultEvenWhenNothingChanged() {
        var state = TestLibrary.state()
        #expect(update(&state, .rescan) == [.rescan])
        _ = update(&state, .libraryLoaded(LibraryContents(entries: TestLibrary.entries, skipped: [])))
        #expect(state.message?.text == "5 stories, 3 unread")
        _ = update(&state, .libraryLoaded(LibraryContents(entries: TestLibrary.entries, skipped: [])))
        #expect(state.message?.text == "5 stories, 3 unread", "kept until the next key")
    }
}

extension BackgroundScanUpdateTests {
    @Test func aPartialListShowsButTheScanGoesOn() {
        var state = AppState(libraryName: "news", size: Size(width: 120, height: 40), dates: DateDisplay(timeZone: .gmt))
        _ = update(&state, .scanProgress(done: 10, total: 100))
        _ = update(&state, .libraryLoaded(LibraryContents(entries: Array(TestLibrary.entries.prefix(2)), skipped: [], isPartial: true)))
        #expect(state.entries.count == 2 && state.hasLoaded)
        #expect(state.scanProgress == ScanProgress(done: 10, total: 100))
        _ = update(&state, .libraryLoaded(LibraryContents(entries: Array(TestLibrary.entries.prefix(4)), skipped: [], isPartial: true)))
        #expect(state.message == nil, "no news of new stories while the first scan fills the list")
        _ = update(&state, .libraryLoaded(LibraryContents(entries: TestLibrary.entries, skipped: [])))
        #expect(state.scanProgress == nil && state.entries.count == 5)
        #expect(state.message == nil, "the rest of a first scan is not news either")
        _ = update(&state, .libraryLoaded(LibraryContents(entries: TestLibrary.entries + [Stories.entry("late", "Late", section: "world", day: 9)], skipped: [])))
        #expect(state.message?.text == "1 new story", "a later scan's new story is")
    }
}

/// Unread counts are kept up to date change by change; they must always equal a recount.
@Suite struct IncrementalCountTests {
    func recount(_ state: AppState) -> (total: Int, perSection: [Int]) {
        let unread = state.entries.filter { !$0.isRead }
        return (unread.count, state.sections.map { section in
            unread.count { section.contains(section: $0.summary.section) && section.admits($0, dayStart: state.dayStart, now: state.now) }
        })
    }

    @Test func countsMatchARecountAfterEveryKindOfChange() {
        var state = TestLibrary.state()
        var generator = SystemRandomNumberGenerator()
        let actions: [Action] = [.moveDown, .moveUp, .toggleRead, .nextUnread, .open, .back, .undo, .markAllRead,
                                 .answer(true), .focusNext, .toggleUnreadOnly, .focusPrevious]
        for step in 0..<400 {
            let action = actions.randomElement(using: &generator) ?? .moveDown
            state.apply(action)
            let expected = recount(state)
            #expect(state.unreadCount == expected.total, "after step \(step): \(action)")
            #expect(state.unreadCounts() == expected.perSection, "after step \(step): \(action)")
        }
        _ = update(&state, .libraryLoaded(LibraryContents(entries: TestLibrary.entries, skipped: [])))
        #expect(state.unreadCount == recount(state).total)
    }
}

extension BackgroundScanUpdateTests {
    @Test func anUnchangedLibraryEndsTheScanAndAnswersROnly() {
        var state = TestLibrary.state()
        _ = update(&state, .scanProgress(done: 1, total: 10))
        _ = update(&state, .libraryUnchanged)
        #expect(state.scanProgress == nil && state.message == nil)
        _ = update(&state, .rescan)
        _ = update(&state, .libraryUnchanged)
        #expect(state.message?.text == "5 stories, 3 unread")
        #expect(!state.rescanRequested)
    }
}

extension BackgroundScanUpdateTests {
    @Test func marksMadeElsewhereShowWhenTheReadStateIsLoaded() {
        var state = TestLibrary.state()
        #expect(state.unreadCount == 3)
        _ = update(&state, .readStateLoaded([ArticleID("w1"), ArticleID("s1"), ArticleID("t1")]))
        #expect(state.isRead("w1") && state.isRead("s1") && state.isRead("t1"))
        #expect(!state.isRead("w2") && !state.isRead("sp1"), "marks the store no longer has are gone")
        #expect(state.unreadCount == 2)
        #expect(state.unreadCounts() == IncrementalCountTests().recount(state).perSection)
    }
}

/// The first screen of a large library: the newest stories with the whole library's counts,
/// then the whole list.
@Suite struct FirstScreenUpdateTests {
    @Test func countsComeFromTheFolderCountsUntilTheWholeListArrives() {
        var state = AppState(libraryName: "news", size: Size(width: 120, height: 40), dates: DateDisplay(timeZone: .gmt))
        let newest = Array(TestLibrary.entries.prefix(2))
        let counts = [
            "world": FolderCount(total: 700, unread: 650), "science": FolderCount(total: 300, unread: 300),
            "science/space": FolderCount(total: 10, unread: 1), "tech": FolderCount(total: 50, unread: 0),
        ]
        _ = update(&state, .libraryLoaded(LibraryContents(entries: newest, skipped: [], folderCounts: counts)))
        let screen = render(state)
        #expect(screen.text.contains("All — 1060 stories, 951 unread"))
        #expect(screen.line(39).contains("951 unread / 1060"))
        #expect(state.sections.map(\.name).contains("tech"), "folders with no loaded story are listed")
        #expect(state.sections.map(\.name) == ["All", "Unread", "Starred", "Today", "science", "space", "tech", "world"])
        #expect(state.unreadCounts() == [951, 951, 0, 0, 301, 1, 0, 650])
        _ = update(&state, .markAllRead)
        #expect(state.prompt == nil && state.message?.text.contains("still loading") == true)
        state.apply(.toggleRead)
        #expect(state.unreadCount == 950)

        _ = update(&state, .libraryLoaded(LibraryContents(entries: TestLibrary.entries, skipped: [])))
        #expect(state.provisional == nil)
        #expect(state.unreadCount == 3 && state.storyCount == 5)
        #expect(state.message?.text.contains("new") != true, "the whole list is not announced as new stories")
    }
}
