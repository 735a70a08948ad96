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

    /// While a large library's first screen holds only its newest stories, the folders'
    /// counts speak for All and the folders, and the other sections count what is loaded.
    @Test func theFirstScreensFolderCountsAreNotStarredOrTodayCounts() {
        var state = AppState(libraryName: "news", size: Size(width: 120, height: 40), dates: DateDisplay(timeZone: .gmt), now: Self.now)
        let counts = ["world": FolderCount(total: 700, unread: 650), "science": FolderCount(total: 300, unread: 300)]
        _ = update(&state, .libraryLoaded(LibraryContents(entries: Array(TestLibrary.entries.prefix(2)), skipped: [], folderCounts: counts)))
        #expect(state.storyCount(in: Section.virtual[0]) == 1_000)
        #expect(state.storyCount(in: Section.virtual[2]) == state.visible.count && state.storyCount(in: Section.virtual[3]) == state.visible.count)
    }

    @Test func aStoryComesAndGoesFromTodayWithTheClock() {
        var state = state()
        state.now = Self.now.addingTimeInterval(-6 * 3_600)  // Nov 11, 12:00: s1 (Nov 10, 12:00) is just in
        #expect(state.today == 0..<2)
        state.now = Self.now.addingTimeInterval(-8 * 3_600)  // Nov 11, 10:00: w1 (12:00) is still to come
        #expect(state.today == 1..<2, "a story dated in the future is not today's")
        state.now = Self.now.addingTimeInterval(2 * 86_400)
        #expect(state.today.isEmpty && state.unreadCount(in: Section.virtual[3]) == 0)
    }
}
