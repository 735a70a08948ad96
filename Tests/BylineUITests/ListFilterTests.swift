import BylineCore
import BylineTestSupport
@testable import BylineUI
import Testing

/// `/` narrows the story list to titles and sections holding what is typed, without regard
/// to case or accents; Enter keeps it, Esc clears it.
@Suite struct ListFilterTests {
    func listed(_ state: AppState) -> [String] {
        state.visible.map { state.entries[$0].id.rawValue }
    }

    mutating func type(_ text: String, into state: inout AppState) {
        for character in text {
            if let action = action(for: .character(character), in: state) { _ = update(&state, action) }
        }
    }

    @Test mutating func typingNarrowsTheListAndEnterKeepsIt() {
        var state = TestLibrary.state()
        state.apply(.startFilter)
        #expect(state.filter?.isEditing == true && listed(state).count == 5)
        type("HAR", into: &state)
        #expect(listed(state) == ["w1"], "Harbor strike ends")
        #expect(render(state).line(39).hasPrefix(" /HAR_"))
        #expect(action(for: .backspace, in: state) == .filterErase)
        state.apply(.filterErase, .filterErase)
        #expect(listed(state) == ["w1", "sp1", "t1"], "h: Harbor, brigHtens, and the section tecH")
        #expect(action(for: .control("u"), in: state) == .filterClear)
        state.apply(.filterClear)
        #expect(state.filter?.query == "" && state.filter?.isEditing == true && listed(state).count == 5)
        type("H", into: &state)
        type("ar", into: &state)
        #expect(action(for: .enter, in: state) == .filterAccept)
        state.apply(.filterAccept)
        #expect(state.filter?.isEditing == false && listed(state) == ["w1"])
        #expect(action(for: .character("j"), in: state) == .moveDown, "keys work on the list again")
        #expect(render(state).line(39).contains(" · /Har"))
        state.apply(.back)
        #expect(state.filter == nil && listed(state).count == 5 && state.focus == .stories, "Esc clears it first")
        #expect(state.selectedEntry?.id.rawValue == "w1")
    }

    @Test mutating func accentsCaseAndSectionsAllMatch() {
        var state = TestLibrary.state(entries: TestLibrary.entries + [
            Stories.entry("c1", "Café “naïve” reopens", section: "culture", day: 12),
            Stories.entry("c2", "Cafe\u{301} au lait", section: "culture", day: 11),
            Stories.entry("k1", "東京の喫茶店", section: "culture", day: 13),
        ])
        state.apply(.startFilter)
        type("cafe", into: &state)
        #expect(listed(state) == ["c1", "c2"])
        state.apply(.filterCancel, .startFilter)
        type("NAIVE", into: &state)
        #expect(listed(state) == ["c1"])
        state.apply(.filterCancel, .startFilter)
        type("喫茶", into: &state)
        #expect(listed(state) == ["k1"])
        state.apply(.filterCancel, .startFilter)
        type("space", into: &state)
        #expect(listed(state) == ["sp1"], "the section science/space")
        state.apply(.filterCancel)
        #expect(state.filter == nil && listed(state).count == 8)
    }

    /// Typing only narrows what was listed; the list must be what a full rebuild gives.
    @Test mutating func narrowingAsYouTypeListsWhatARebuildWould() {
        var state = TestLibrary.state(entries: TestLibrary.entries + [
            Stories.entry("c1", "Café “naïve” reopens", section: "culture", day: 12),
            Stories.entry("c2", "Cafe\u{301} au lait", section: "culture", day: 11),
        ])
        for query in ["harbor", "e\u{301}c", "Cafe\u{301}", "s/sp", "cE", "xyz", "n"] {
            state.apply(.startFilter)
            for character in query {
                state.apply(.filterType(character))
                var rebuilt = state
                rebuilt.refreshVisible(keeping: state.selectedEntry?.id)
                #expect(state.visible == rebuilt.visible, "\(query) up to \(character)")
            }
            state.apply(.filterCancel)
        }
    }

    /// n, p and A work on the list as the filter leaves it, not on the stories it hides.
    @Test mutating func nAndAStayWithinAKeptFilter() {
        var state = TestLibrary.state()
        state.apply(.startFilter)
        type("co", into: &state)
        state.apply(.filterAccept)
        #expect(listed(state) == ["s1", "sp1"], "Coral reefs recover, Comet brightens")
        state.apply(.first, .nextUnread)
        #expect(state.readerID == "sp1", "not w1, unread but not listed")
        state.apply(.back, .markAllRead)
        #expect(state.prompt?.question == "Mark 1 unread story in All matching /co as read? (y/n)")
        #expect(state.apply(.answer(true)) == [.setRead([ArticleID("s1")], read: true)])
        #expect(!state.isRead("w1"))
        state.apply(.nextUnread)
        #expect(state.message?.text == "No unread stories left in this list")
    }

    @Test func foldingDropsCaseAndAccents() {
        #expect(String(decoding: TextFolding.folded("Café ÅNGSTRÖM Łódź Ωmega"), as: UTF8.self) == "cafe angstrom lodz ωmega")
        #expect(String(decoding: TextFolding.folded("Cafe\u{301}"), as: UTF8.self) == "cafe")
        #expect(String(decoding: TextFolding.folded("Ștefan în Việt Nam"), as: UTF8.self) == "stefan in viet nam")
        #expect(String(decoding: TextFolding.folded("Й и\u{306}"), as: UTF8.self) == "й и\u{306}", "no accent dropped from a Cyrillic letter")
    }

    @Test mutating func theSelectionStaysOnAMatchingStoryElseGoesToTheFirstMatch() {
        var state = TestLibrary.state()
        state.apply(.moveDown, .moveDown, .moveDown)  // sp1, Comet brightens
        state.apply(.startFilter)
        type("co", into: &state)
        #expect(listed(state) == ["s1", "sp1"] && state.selectedEntry?.id.rawValue == "sp1")
        state.apply(.filterCancel, .moveDown, .startFilter)  // t1, Terminal renaissance
        type("co", into: &state)
        #expect(state.storyList.selected == 0 && state.selectedEntry?.id.rawValue == "s1")
    }

    @Test func aLongQueryShowsItsEndInTheStatusLine() {
        var state = TestLibrary.state(size: Size(width: 24, height: 6))
        state.apply(.startFilter)
        for character in "東京の喫茶店が復活するという話" { state.apply(.filterType(character)) }
        let line = render(state).line(5)
        #expect(line.hasPrefix("…") && line.contains("という話_"), "\(line)")
        #expect(line.displayWidth <= 24)
    }

    @Test func everyLatinLetterFoldsToOneLowerCaseByteOrStaysALetter() {
        for value in Array(0xC0..<0x250) + Array(0x1E00..<0x1F00) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            let folded = TextFolding.folded(String(scalar))
            #expect(folded.count == 1 ? (0x61...0x7A).contains(folded[0]) : !folded.isEmpty, "U+\(String(value, radix: 16))")
        }
    }
}
