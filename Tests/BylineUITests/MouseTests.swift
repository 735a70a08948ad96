import BylineCore
import BylineTestSupport
import BylineUI
import Foundation
import Testing

/// Clicks, double clicks and the wheel through `update`. At 120x40 the section pane is columns
/// 0-23 with its rows from line 2; the story list is columns 25-119, lines 2-15; the reading
/// pane's header is line 16 and its text below; the status line is line 39.
@Suite struct MouseTests {
    static func press(_ x: Int, _ y: Int) -> Action { .mouse(MouseEvent(x: x, y: y, kind: .press)) }
    static func wheel(down: Bool, _ x: Int, _ y: Int) -> Action {
        .mouse(MouseEvent(x: x, y: y, kind: down ? .wheelDown : .wheelUp))
    }

    /// 30 stories in one section, for lists longer than their pane.
    static func longList(size: Size = Size(width: 120, height: 40)) -> AppState {
        TestLibrary.state(size: size, entries: (0..<30).map { Stories.entry("n\($0)", "Story \($0)", section: "news", day: 30 - $0) })
    }

    @Test func aClickOnASectionSelectsItFocusesTheSectionsAndPreviewsItsFirstStory() {
        var state = TestLibrary.state()
        let effects = state.apply(Self.press(3, 2 + 4))
        #expect(state.sectionName == "science")
        #expect(state.focus == .sections)
        #expect(state.selectedID == "s1")
        #expect(state.readerID == "s1" && state.reader?.isOpen == false)
        #expect(effects.contains { if case .loadArticle(ArticleID("s1"), _) = $0 { true } else { false } })
        // As the keys would have it: the section list focused and moved down to science.
        var keyed = TestLibrary.state()
        keyed.apply(.focusPrevious, .moveDown, .moveDown, .moveDown, .moveDown)
        #expect(render(state) == render(keyed))
    }

    @Test func aClickOnAStorySelectsItFocusesTheListAndPreviewsWithoutMarkingRead() {
        var state = TestLibrary.state()
        state.apply(.focusPrevious)
        let effects = state.apply(Self.press(60, 2 + 3))
        #expect(state.focus == .stories)
        #expect(state.selectedID == "sp1")
        #expect(state.readerID == "sp1" && state.reader?.isOpen == false)
        #expect(!state.isRead("sp1"))
        #expect(!effects.contains { if case .setRead = $0 { true } else { false } })
        var keyed = TestLibrary.state()
        keyed.apply(.moveDown, .moveDown, .moveDown)
        #expect(render(state) == render(keyed))
    }

    @Test func aDoubleClickOnAStoryOpensItAsEnterDoes() {
        var state = TestLibrary.state()
        var effects = state.apply(Self.press(60, 3))
        state.now += 0.3
        effects += state.apply(Self.press(61, 3))  // a cell to the side still counts
        #expect(state.readerID == "s1" && state.reader?.isOpen == true)
        #expect(state.focus == .reader)
        #expect(state.isRead("s1"))
        #expect(effects.contains(.setRead([ArticleID("s1")], read: true)))
        var keyed = TestLibrary.state()
        keyed.apply(.moveDown, .open)
        #expect(render(state) == render(keyed))
    }

    @Test func pressesTooFarApartInTimeOrPlaceAreTwoClicks() {
        var state = TestLibrary.state()
        state.apply(Self.press(60, 3))
        state.now += ClickTracker.interval + 0.1
        state.apply(Self.press(60, 3))
        #expect(state.reader?.isOpen == false, "too slow")
        state.apply(Self.press(60, 4))
        #expect(state.reader?.isOpen == false, "another row")
        #expect(state.selectedID == "w2")
        state.apply(Self.press(60, 4))
        #expect(state.readerID == "w2" && state.reader?.isOpen == true)
    }

    @Test func aThirdPressStartsAfreshRatherThanOpeningAgain() {
        var tracker = ClickTracker()
        let start = Date()
        let doubles = [(5, 0.0), (5, 0.1), (5, 0.2), (5, 0.3), (8, 0.4)].map { tracker.press(x: $0.0, y: 5, at: start + $0.1) }
        #expect(doubles == [false, true, false, true, false])
    }

    /// What curses reports for presses and releases that arrive in one read.
    @Test func clicksAndDoubleClicksTheTerminalPairsUpCountAsWell() {
        var state = TestLibrary.state()
        state.apply(.mouse(MouseEvent(x: 60, y: 4, kind: .click)), .mouse(MouseEvent(x: 60, y: 4, kind: .doubleClick)))
        #expect(state.readerID == "w2" && state.reader?.isOpen == true, "a click then a double click opens once")
        state.apply(.mouse(MouseEvent(x: 60, y: 2, kind: .click)))
        #expect(state.focus == .stories && state.selectedID == "w1")
        state.apply(.mouse(MouseEvent(x: 60, y: 2, kind: .press)))
        #expect(state.readerID == "w1" && state.reader?.isOpen == true, "a click and a press make a double click")
        let effects = state.apply(.mouse(MouseEvent(x: 60, y: 5, kind: .release)))
        #expect(effects.isEmpty)
        #expect(state.selectedID == "w1", "a release does nothing")
    }

    @Test func aDoubleClickOnASectionEntersIt() {
        var state = TestLibrary.state()
        state.apply(Self.press(3, 2 + 7), Self.press(3, 2 + 7))
        #expect(state.sectionName == "world")
        #expect(state.focus == .stories)
        #expect(state.readerID == "w1" && state.reader?.isOpen == false, "entering a section previews, as Enter does")
    }

    @Test func clicksOnHeadersAndTheReadingPaneFocusThem() {
        var state = TestLibrary.state()
        state.apply(Self.press(40, 20))
        #expect(state.focus == .reader)
        #expect(state.reader?.isOpen == false, "focusing the preview does not open it")
        state.apply(Self.press(5, 1))
        #expect(state.focus == .sections)
        state.apply(Self.press(50, 1))
        #expect(state.focus == .stories)
        state.apply(Self.press(50, 16))
        #expect(state.focus == .reader)
        state.apply(Self.press(50, 12))  // below the last story
        #expect(state.focus == .stories)
        #expect(state.selectedID == "w1")
        state.apply(Self.press(24, 10), Self.press(60, 0))  // the divider, the title line
        #expect(state.focus == .stories)
    }

    @Test func theWheelScrollsThePaneUnderThePointerAndLeavesTheFocus() {
        var state = Self.longList()
        state.apply(.open, paragraphs: 30)
        #expect(state.focus == .reader)
        state.apply(Self.wheel(down: true, 60, 25))
        #expect(state.reader?.top == 3)
        state.apply(Self.wheel(down: true, 60, 25), Self.wheel(down: false, 60, 25))
        #expect(state.reader?.top == 3)

        // The list scrolls three rows a notch; the selection goes along only as far as it
        // must to stay in view, and the open article stays.
        state.apply(Self.wheel(down: true, 60, 5))
        #expect(state.storyList.offset == 3 && state.storyList.selected == 3)
        #expect(state.focus == .reader)
        #expect(state.readerID == "n0" && state.reader?.isOpen == true)
        state.apply(Self.wheel(down: false, 60, 5))
        #expect(state.storyList.offset == 0 && state.storyList.selected == 3)
        // A list that fits does not move.
        state.apply(Self.wheel(down: true, 5, 5))
        #expect(state.sectionList == ListState(selected: 0, offset: 0))
        #expect(state.focus == .reader)
    }

    @Test func theWheelOverAnUnfocusedListPreviewsTheStoryItBringsIntoTheSelection() {
        var state = Self.longList()
        state.apply(.focusPrevious)
        let effects = state.apply(Self.wheel(down: true, 60, 5))
        #expect(state.focus == .sections)
        #expect(state.selectedID == "n3" && state.readerID == "n3")
        #expect(effects.contains { if case .loadArticle(ArticleID("n3"), _) = $0 { true } else { false } })
        for _ in 0..<20 { state.apply(Self.wheel(down: true, 60, 5)) }
        #expect(state.storyList.offset == 30 - 14, "stops with the last story at the bottom")
    }

    @Test func theNarrowLayoutHitsTheOnePaneItShows() {
        var state = TestLibrary.state(size: Size(width: 80, height: 24))
        state.apply(Self.press(10, 3))
        #expect(state.selectedID == "s1")
        #expect(state.reader?.id != ArticleID("s1"), "no preview in one pane")
        state.apply(Self.press(10, 3))
        #expect(state.focus == .reader && state.readerID == "s1" && state.reader?.isOpen == true)
        state.apply(.back, .back)
        #expect(state.focus == .sections)
        state.apply(Self.press(10, 2 + 6))
        #expect(state.sectionName == "tech" && state.focus == .sections)
    }

    @Test func theWheelScrollsTheArticleInTheNarrowLayout() {
        var state = TestLibrary.state(size: Size(width: 80, height: 24))
        state.apply(.open, paragraphs: 30)
        state.apply(Self.wheel(down: true, 10, 10))
        #expect(state.reader?.top == 3)
    }

    @Test func helpAndProblemsScrollWithTheWheelAndCloseAtAClick() {
        var state = TestLibrary.state(size: Size(width: 120, height: 24))
        state.apply(.toggleHelp)
        state.apply(Self.wheel(down: true, 60, 10))
        #expect(state.overlayTop == 3)
        state.apply(Self.wheel(down: false, 60, 10), Self.wheel(down: false, 60, 10))
        #expect(state.overlayTop == 0)
        state.apply(Self.press(60, 10))
        #expect(state.overlay == nil)
        #expect(state.focus == .stories && state.selectedID == "w1", "the click only closed the page")
        state.apply(.toggleProblems, Self.press(0, 0))
        #expect(state.overlay == nil)
    }

    @Test func inTheLinkViewAClickSelectsARowAndADoubleClickOpensIt() {
        var state = TestLibrary.state(size: Size(width: 80, height: 12))
        state.apply(.open)
        var article = TestLibrary.harborArticle
        article.links = (1...12).map { "https://paper.example/link/\($0)" }
        state.apply(.articleLoaded(ArticleID("w1"), .success(article)), .showLinks)
        // Rows start under the title and the view's header, at line 2.
        let selecting = state.apply(Self.press(20, 4))
        #expect(selecting.isEmpty)
        #expect(state.linkPicker?.list.selected == 2)
        state.apply(Self.wheel(down: true, 20, 4))
        #expect(state.linkPicker?.list.offset == 3)
        state.now += 1
        let effects = state.apply(Self.press(20, 2), Self.press(20, 2))
        #expect(effects.map(\.openedLink) == ["https://paper.example/link/4"], "the fourth row, three scrolled off")
        #expect(state.overlay == nil)
    }

    @Test func typingALineOrAnsweringAQuestionIgnoresTheMouse() {
        let starts: [(String, Action)] = [("filter", .startFilter), ("search", .startSearch), ("question", .markAllRead)]
        for (what, start) in starts {
            var state = TestLibrary.state()
            state.apply(start)
            let before = state
            let effects = state.apply(Self.press(3, 6), Self.press(3, 6), Self.wheel(down: true, 60, 20))
            #expect(effects.isEmpty, "\(what)")
            #expect(state == before, "\(what)")
        }
        var state = TestLibrary.state()
        state.apply(.open, .startPipe)
        let before = state
        state.apply(Self.press(3, 6))
        #expect(state == before, "pipe")
    }

    @Test func aClickClearsAMessageAndDoesNotRunTheHintsItHides() throws {
        var state = TestLibrary.state()
        state.apply(.cycleSort)
        #expect(state.message != nil)
        var withoutMessage = state
        withoutMessage.message = nil
        let hidden = try #require(withoutMessage.statusHints.first { $0.hint.action == .toggleUnreadOnly })
        state.apply(Self.press(hidden.columns.lowerBound, 39))
        #expect(state.message == nil)
        #expect(!state.unreadOnly, "the message was drawn there, not the hint")
        state.now += 1
        state.apply(Self.press(hidden.columns.lowerBound, 39))
        #expect(state.unreadOnly)
    }
}

private extension Effect {
    var openedLink: String? {
        if case .openLink(let link) = self { link.url } else { nil }
    }
}
