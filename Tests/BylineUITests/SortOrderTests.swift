import BylineCore
import BylineTestSupport
@testable import BylineUI
import Foundation
import Testing

/// `o` cycles the story list through newest first, oldest first, title and section.
@Suite struct SortOrderTests {
    func listed(_ state: AppState) -> [String] {
        state.visible.map { state.entries[$0].id.rawValue }
    }

    @Test func oCyclesTheOrdersKeepingTheSelectedStory() {
        var state = TestLibrary.state()
        state.apply(.moveDown)  // s1
        #expect(listed(state) == ["w1", "s1", "w2", "sp1", "t1"])
        #expect(state.apply(.cycleSort).first == .saveSortOrder(.oldestFirst))
        #expect(listed(state) == ["t1", "sp1", "w2", "s1", "w1"])
        #expect(state.selectedEntry?.id.rawValue == "s1" && state.message?.text == "Sorted oldest first")
        state.apply(.cycleSort)
        #expect(listed(state) == ["sp1", "s1", "w2", "w1", "t1"], "Comet, Coral, Ferry, Harbor, Terminal")
        #expect(state.selectedEntry?.id.rawValue == "s1")
        state.apply(.cycleSort)
        #expect(listed(state) == ["s1", "sp1", "t1", "w1", "w2"], "folder by folder, as the section list, newest first in each")
        #expect(render(state).text.contains("All — 5 stories, 3 unread · by section"))
        #expect(state.apply(.cycleSort).first == .saveSortOrder(.newestFirst))
        #expect(listed(state) == ["w1", "s1", "w2", "sp1", "t1"] && state.selectedEntry?.id.rawValue == "s1")
        #expect(!render(state).text.contains(" · newest first"), "the usual order needs no note")
    }

    @Test func nFollowsTheListAsItIsSorted() {
        var state = TestLibrary.state()
        state.apply(.cycleSort, .cycleSort)  // by title: sp1, s1, w2, w1, t1
        state.apply(.first, .nextUnread)
        #expect(state.readerID == "s1", "after Comet comes Coral")
        state.apply(.nextUnread)
        #expect(state.readerID == "w1", "Ferry is read; then Harbor")
    }

    @Test func nUnderAFolderFollowsItsListThenGoesOnToTheNextFolders() {
        var state = TestLibrary.state(entries: [
            Stories.entry("a1", "A one", section: "a", day: 1), Stories.entry("a2", "A two", section: "a", day: 2),
            Stories.entry("a3", "A three", section: "a", day: 3), Stories.entry("b1", "B one", section: "b", day: 4),
        ])
        state.apply(.focusPrevious)
        while state.currentSection.kind != .folder("a") { state.apply(.moveDown) }
        state.apply(.focusNext, .cycleSort)  // oldest first: a1, a2, a3
        #expect(listed(state) == ["a1", "a2", "a3"])
        state.apply(.first, .nextUnread)
        #expect(state.readerID == "a2")
        state.apply(.nextUnread)
        #expect(state.readerID == "a3")
        state.apply(.nextUnread)
        #expect(state.readerID == "a1", "round the list: a1 is still unread")
        state.apply(.nextUnread)
        #expect(state.readerID == "b1", "then the next folder")
    }

    /// The eight-byte keys are a shortcut only: the order is the titles' bytes, ASCII
    /// letters without case, ties newest first.
    @Test func theTitleOrderIsTheFoldedBytesOrder() {
        var random = SystemRandomNumberGenerator()
        let pieces = ["a", "A", "b", "É", "é", " ", "Harbor ", "harbor", "z", "东", ""]
        let entries = LibraryEntry.sortedNewestFirst((0..<400).map { number in
            let title = (0..<Int.random(in: 0...5, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
            return Stories.entry("e\(number)", title, day: number % 30, hour: number % 24)
        })
        let folded = entries.map { Array($0.summary.title.utf8).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 } }
        let expected = entries.indices.sorted { a, b in
            folded[a] == folded[b] ? a < b : folded[a].lexicographicallyPrecedes(folded[b])
        }
        #expect(AppState.byTitle(entries).map(Int.init) == expected)
    }

    @Test func titlesSortWithoutRegardToCaseAndSameTitlesNewestFirst() {
        let entries = [
            Stories.entry("b", "beta", day: 3), Stories.entry("a2", "Alpha", day: 1),
            Stories.entry("a1", "alpha", day: 2), Stories.entry("z", "Zulu", day: 4),
        ]
        #expect(AppState.byTitle(LibraryEntry.sortedNewestFirst(entries)).count == 4)
        var state = TestLibrary.state(entries: entries)
        state.apply(.cycleSort, .cycleSort)
        #expect(listed(state) == ["a1", "a2", "b", "z"])
    }
}
