import BylineCore
import BylineTestSupport
import BylineUI
import Testing

/// Where stories were left, `'`, and undo of every change of the session.
@Suite struct ReadingMemoryTests {
    func reading(_ size: Size = Size(width: 120, height: 30)) -> AppState {
        var state = TestLibrary.state(size: size)
        state.apply(.open, paragraphs: 40)
        return state
    }

    @Test func leavingAStoryPartwayKeepsItsPlaceAndReopeningReturnsThere() throws {
        var state = reading()
        state.apply(.pageDown, .pageDown)
        let top = try #require(state.reader?.top)
        let lines = try #require(state.reader?.document.lines)
        // The first line of text at or after the top (a blank one between paragraphs names no place).
        let text = try #require(lines.indices[top...].first { lines[$0].paragraph >= 0 && lines[$0].offset >= 0 })
        let kept = ReadingPosition(paragraph: lines[text].paragraph, offset: lines[text].offset)
        #expect(kept.paragraph > 0)
        let effects = state.apply(.nextStory, paragraphs: 40)
        #expect(effects.first == .saveReadingPosition(ArticleID("w1"), kept), "kept before anything else happens")
        #expect(state.readingPositions == [ArticleID("w1"): kept])
        #expect(render(state).text.contains("│ %  Nov 11 12:00 world         Harbor strike ends"), "the list marks it")

        state.apply(.previouslyOpenedStory, paragraphs: 40)
        // A blank line between paragraphs names no place: the line of text after it does.
        #expect(state.readerID == "w1" && (top...(top + 1)).contains(state.reader?.top ?? -1))
        #expect(state.message?.text == "Back where you left off (g for the top)")
    }

    @Test func theKeptPlaceSurvivesANarrowerPane() throws {
        var state = reading()
        state.apply(.pageDown, .pageDown, .pageDown)
        let before = try #require(state.reader?.document.anchor(at: state.reader?.top ?? 0))
        // Another story is opened, so the place is kept and w1's layout is gone.
        state.apply(.nextStory, paragraphs: 40)
        var narrow = state
        narrow.apply(.resize(Size(width: 70, height: 30)))
        narrow.apply(.previouslyOpenedStory, paragraphs: 40)
        #expect(narrow.readerID == "w1" && narrow.reader?.document.width == 68)
        let after = try #require(narrow.reader?.document.anchor(at: narrow.reader?.top ?? 0))
        #expect(after.paragraph == before.paragraph && after.offset <= before.offset)
    }

    @Test func aFinishedStoryOrOneLeftAtItsTopKeepsNoPlace() {
        var state = reading()
        state.apply(.pageDown)
        state.apply(.back)
        #expect(state.readingPositions[ArticleID("w1")] != nil)
        state.apply(.open, .last, .back, paragraphs: 40)
        #expect(state.readingPositions[ArticleID("w1")] == nil, "read to the end: the next opening starts at the top")
        var untouched = reading()
        #expect(untouched.apply(.back).isEmpty && untouched.readingPositions.isEmpty)
    }

    @Test func quittingKeepsThePlaceBeforeQuitting() {
        var state = reading()
        state.apply(.pageDown)
        let effects = state.apply(.quit)
        #expect(effects.count == 2)
        if case .saveReadingPosition(let id, let position)? = effects.first {
            #expect(id == ArticleID("w1") && position != nil)
        } else {
            Issue.record("no place kept before \(effects)")
        }
        #expect(effects.last == .quit)
        #expect(state.apply(.sessionEnding).isEmpty, "kept once")
    }

    @Test func quoteGoesBackAndForthBetweenTheLastTwoStories() {
        var state = reading()
        #expect(state.apply(.previouslyOpenedStory).isEmpty && state.message?.text == "No story was opened before this one")
        state.apply(.nextStory, .nextStory, paragraphs: 2)
        #expect(state.readerID == "w2")
        state.apply(.previouslyOpenedStory, paragraphs: 2)
        #expect(state.readerID == "s1")
        state.apply(.previouslyOpenedStory, paragraphs: 2)
        #expect(state.readerID == "w2")
    }

    @Test func quoteRemembersAStoryOpenedBeforeAPreview() {
        var state = TestLibrary.state(size: Size(width: 120, height: 30))
        state.apply(.open, .back, .moveDown, .open, paragraphs: 2)
        #expect(state.readerID == "s1")
        state.apply(.previouslyOpenedStory, paragraphs: 2)
        #expect(state.readerID == "w1", "the preview of s1 in between does not count as an opening")
    }

    @Test func undoTakesBackEveryChangeOfTheSessionNewestFirst() {
        var state = TestLibrary.state()
        state.apply(.open, .toggleStar, .nextUnread, .toggleRead, paragraphs: 1)
        // Opened w1 (read), starred it, opened s1 (read), marked s1 unread again.
        #expect(state.isRead("w1") && !state.isRead("s1") && state.entry(ArticleID("w1"))?.isStarred == true)
        #expect(state.changes.count == 4)
        #expect(state.apply(.undo) == [.setRead([ArticleID("s1")], read: true)])
        #expect(state.message?.text == "Undone: marked unread (3 more to undo)")
        #expect(state.apply(.undo) == [.setRead([ArticleID("s1")], read: false)])
        #expect(state.apply(.undo) == [.setStarred([ArticleID("w1")], starred: false)])
        #expect(state.apply(.undo) == [.setRead([ArticleID("w1")], read: false)])
        #expect(state.message?.text == "Undone: opened a story")
        #expect(state.apply(.undo).isEmpty && state.message?.text == "Nothing to undo")
        #expect(!state.isRead("w1") && !state.isRead("s1") && state.entry(ArticleID("w1"))?.isStarred == false)
    }

    @Test func theUndoHistoryIsBoundedButLong() {
        var state = TestLibrary.state()
        for _ in 0..<600 { state.apply(.toggleStar) }
        #expect(state.changes.count == 500)
    }
}
