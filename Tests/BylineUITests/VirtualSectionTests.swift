import BylineCore
import BylineTestSupport
@testable import BylineUI
import Foundation
import Testing

/// Unread, Starred and Today head the section list after All, and pick their stories by what
/// they are rather than where they are.
@Suite struct VirtualSectionTests {
    /// Nov 11, 18:00 UTC: Today reaches back to Nov 10, 18:00, so it holds w1 alone.
    static let now = Date(timeIntervalSince1970: 1_793_491_200 + 10 * 86_400 + 18 * 3_600)

    func state(size: Size = Size(width: 120, height: 40)) -> AppState {
        var state = TestLibrary.state(size: size)
        state.now = Self.now
        return state
    }

    func listed(_ state: AppState) -> [String] {
        state.visible.map { state.entries[$0].id.rawValue }
    }

    mutating func select(_ name: String, in state: inout AppState) {
        let row = state.sections.firstIndex { $0.name == name } ?? 0
        for _ in 0..<3 where state.focus != .sections { state.apply(.focusPrevious) }
        state.apply(.first)
        for _ in 0..<row { state.apply(.moveDown) }
        #expect(state.sectionName == name)
    }

    @Test mutating func eachListsWhatItsNameSays() {
        var state = state()
        state.apply(.moveDown, .moveDown, .moveDown, .toggleStar)  // sp1
        select("Unread", in: &state)
        #expect(listed(state) == ["w1", "s1", "sp1"])
        select("Starred", in: &state)
        #expect(listed(state) == ["sp1"])
        select("Today", in: &state)
        #expect(listed(state) == ["w1"])
        #expect(state.sections.prefix(4).map(\.isVirtual) == [true, true, true, true])
    }

    @Test mutating func theSectionListCountsUnreadButStarredCountsItsStories() {
        var state = state()
        state.apply(.moveDown, .toggleStar, .moveDown, .toggleStar)  // s1 (unread), w2 (read)
        let counts = Dictionary(uniqueKeysWithValues: zip(state.sections.map(\.name), state.sectionCounts()))
        #expect(counts["All"] == 3 && counts["Unread"] == 3 && counts["Starred"] == 2 && counts["Today"] == 1)
        select("Starred", in: &state)
        #expect(render(state).text.contains("Starred — 2 stories, 1 unread"))
    }

    @Test mutating func aStoryReadUnderUnreadStaysUntilTheListIsRebuilt() {
        var state = state()
        select("Unread", in: &state)
        state.apply(.focusNext, .toggleRead)
        #expect(listed(state) == ["w1", "s1", "sp1"], "the list does not shift under the reader")
        select("Unread", in: &state)
        #expect(listed(state) == ["s1", "sp1"])
    }

    @Test mutating func markAllAndNextUnreadStayWithinTheSection() {
        var state = state()
        state.apply(.moveDown, .toggleStar, .moveDown, .moveDown, .toggleStar)  // s1, sp1
        select("Starred", in: &state)
        state.apply(.focusNext)
        state.apply(.moveDown, .nextUnread)
        #expect(state.readerID == "s1", "from sp1, n wraps to the other starred story, not to w1")
        state.apply(.back, .markAllRead)
        #expect(state.prompt?.question == "Mark 1 unread story in Starred as read? (y/n)")
        #expect(state.apply(.answer(true)) == [.setRead([ArticleID("sp1")], read: true)])
        #expect(!state.isRead("w1"), "a story outside Starred is left alone")
        state.apply(.nextUnread)
        #expect(state.message?.text == "No unread stories left in Starred")
    }

    @Test func aStoryComesAndGoesFromTodayWithTheClock() {
        var state = state()
        state.now = Self.now.addingTimeInterval(-8 * 3_600)  // Nov 11, 10:00: s1 is from the last day too
        #expect(state.todayEnd == 2)
        state.now = Self.now.addingTimeInterval(2 * 86_400)
        #expect(state.todayEnd == 0 && state.unreadCount(in: Section.virtual[3]) == 0)
    }
}
