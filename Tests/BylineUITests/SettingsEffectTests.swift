import BylineCore
import BylineTestSupport
import BylineUI
import Foundation
import Testing

/// What the config file's settings do to the interface, through `update` and `render`.
@Suite struct SettingsEffectTests {
    @Test func atEndMarksAStoryReadOnlyOnceItsLastLineIsShown() {
        var state = TestLibrary.state(size: Size(width: 120, height: 30))
        state.markRead = .atEnd
        let effects = state.apply(.open, paragraphs: 40)
        #expect(!state.isRead("w1") && !effects.contains(.setRead([ArticleID("w1")], read: true)), "opened, not read yet")
        _ = update(&state, .pageDown)
        #expect(!state.isRead("w1"))
        #expect(update(&state, .last) == [.setRead([ArticleID("w1")], read: true)])
        #expect(state.isRead("w1"))
        _ = update(&state, .undo)
        #expect(!state.isRead("w1"), "U takes it back like any mark")
    }

    @Test func atEndMarksAShortStoryAsSoonAsItIsShownWhole() {
        var state = TestLibrary.state(size: Size(width: 120, height: 40))
        state.markRead = .atEnd
        let effects = state.apply(.open, paragraphs: 1)
        #expect(effects.contains(.setRead([ArticleID("w1")], read: true)) && state.isRead("w1"))
        var previewed = TestLibrary.state(size: Size(width: 120, height: 40))
        previewed.markRead = .atEnd
        previewed.apply(.moveDown, paragraphs: 1)
        #expect(!previewed.isRead("s1"), "a preview is not reading")
    }

    @Test func manuallyLeavesEveryStoryUnreadUntilM() {
        var state = TestLibrary.state()
        state.markRead = .manually
        state.apply(.open, .last, .nextUnread, paragraphs: 1)
        #expect(!state.isRead("w1") && !state.isRead("s1"))
        #expect(state.readerID == "s1", "n still moves on")
        #expect(state.apply(.toggleRead) == [.setRead([ArticleID("s1")], read: true)])
    }

    @Test func theSplitSetsTheSectionWidthAndTheListsShare() {
        let layout = Layout(size: Size(width: 120, height: 42), focus: .stories, split: PaneSplit(sectionsWidth: 28, storiesPercent: 30))
        #expect(layout.panes[.sections] == Rect(x: 0, y: 1, width: 28, height: 40))
        #expect(layout.panes[.stories] == Rect(x: 29, y: 1, width: 91, height: 12))
        #expect(layout.panes[.reader] == Rect(x: 29, y: 13, width: 91, height: 28))
        let extreme = Layout(size: Size(width: 100, height: 24), focus: .stories, split: PaneSplit(sectionsWidth: 80, storiesPercent: 90))
        #expect(extreme.panes[.sections]?.width == 50, "the section pane leaves half the width")
        #expect(extreme.panes[.reader]?.height == 4, "the reading pane keeps four rows")
    }

    @Test func aListDateFormatIsPaddedToItsWidestAndTheArticleFormatIsUsedInFull() {
        let dates = DateDisplay(timeZone: .gmt, listFormat: "%d.%m. %H:%M", articleFormat: "%Y-%m-%d %H:%M %Z")
        let date = ArticleDate(instant: Date(timeIntervalSince1970: 1_794_398_400), utcOffsetSeconds: 0)
        #expect(dates.short(date) == "11.11. 12:00" && dates.listWidth == 12)
        #expect(dates.full(date) == "2026-11-11 12:00 UTC+00:00")
        #expect(DateDisplay(timeZone: .gmt, articleFormat: "100%%Z %Y").full(date) == "100%Z 2026", "%%Z is a percent sign and a Z")
        #expect(DateDisplay(timeZone: .gmt, articleFormat: "day %j").full(date) == "day 315")
        var state = TestLibrary.state()
        state.dates = DateDisplay(timeZone: .gmt, listFormat: "%e/%m")
        #expect(render(state).text.contains("│ N  11/11 world         Harbor strike ends"))
    }

    @Test func aReboundKeyDoesItsNewActionAndTheOldKeyNothing() throws {
        var state = TestLibrary.state()
        state.keymap = try Keymap.standard.rebinding([("sort", [.character("O")])]).get()
        #expect(action(for: .character("O"), in: state) == .cycleSort)
        #expect(action(for: .character("o"), in: state) == nil)
        _ = update(&state, .toggleHelp)
        #expect(render(state).text.contains(/\n  O +in the lists: sort/))
    }
}
