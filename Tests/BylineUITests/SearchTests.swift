import BylineCore
import BylineTestSupport
@testable import BylineUI
import Foundation
import Testing

/// `S`: the query typed on the status line, the results' section, their order and marks.
@Suite struct SearchTests {
    static func outcome(_ query: String, _ ids: [String], total: Int? = nil, unindexed: Int = 0) -> SearchOutcome {
        SearchOutcome(
            query: query, hits: ids.map { .init(id: ArticleID($0), snippet: "…text around \($0)'s \(query)") },
            total: total ?? ids.count, unindexed: unindexed)
    }

    /// `S`, the query typed key by key, Enter, and the index's answer.
    static func searched(_ query: String, finding ids: [String], total: Int? = nil, in state: inout AppState) -> [Effect] {
        var effects = state.apply(.startSearch)
        for character in query { effects += state.apply(.searchType(character)) }
        effects += state.apply(.searchSubmit)
        effects += state.apply(.searchFinished(outcome(query, ids, total: total)))
        return effects
    }

    @Test func keysGoToTheQueryWhileItIsTyped() {
        var state = TestLibrary.searchable()
        #expect(action(for: .character("S"), in: state) == .startSearch)
        #expect(action(for: .character("\\"), in: state) == .startSearch)
        state.apply(.startSearch)
        #expect(state.searchEntry == "")
        #expect(action(for: .character("q"), in: state) == .searchType("q"))
        #expect(action(for: .character("S"), in: state) == .searchType("S"))
        #expect(action(for: .backspace, in: state) == .searchErase)
        #expect(action(for: .control("u"), in: state) == .searchClear)
        #expect(action(for: .enter, in: state) == .searchSubmit)
        #expect(action(for: .escape, in: state) == .searchCancel)
        state.apply(.searchType("h"), .searchType("x"), .searchErase, .searchType("a"))
        #expect(state.searchEntry == "ha")
        state.apply(.searchClear)
        #expect(state.searchEntry == "")
        #expect(state.apply(.searchType("z"), .searchCancel).isEmpty)
        #expect(state.searchEntry == nil && state.searchResults == nil)
    }

    @Test func upAndDownRecallEarlierQueries() {
        var state = TestLibrary.searchable()
        for query in ["ice", "comet", "ice"] {
            state.apply(.startSearch)
            for character in query { state.apply(.searchType(character)) }
            state.apply(.searchSubmit)
        }
        state.apply(.startSearch, .searchType("x"))
        #expect(action(for: .up, in: state) == .searchHistory(older: true))
        state.apply(.searchHistory(older: true))
        #expect(state.searchEntry == "ice", "the latest first, each query once")
        state.apply(.searchHistory(older: true))
        #expect(state.searchEntry == "comet")
        state.apply(.searchHistory(older: true))
        #expect(state.searchEntry == "comet", "nothing older")
        state.apply(.searchHistory(older: false), .searchHistory(older: false))
        #expect(state.searchEntry == "")
        state.apply(.searchHistory(older: false))
        #expect(state.searchEntry == "")
    }

    @Test func enterAsksTheIndexAndTheResultsBecomeASection() {
        var state = TestLibrary.searchable()
        state.apply(.startSearch, .searchType("c"), .searchType("o"))
        let asked = state.apply(.searchSubmit)
        #expect(asked == [.search("co")])
        #expect(state.searchEntry == nil && state.message?.text == "Searching…")

        // Best first, whatever the dates: sp1 is older than w1.
        state.apply(.searchFinished(Self.outcome("co", ["sp1", "w1", "gone"], total: 40)))
        #expect(state.sections.map(\.name) == ["All", "Unread", "Starred", "Today", "Search: co", "science", "space", "tech", "world"])
        #expect(state.sectionName == "Search: co" && state.focus == .stories)
        #expect(state.visible.map { state.entries[$0].id.rawValue } == ["sp1", "w1"], "an id the lists do not hold is left out")
        #expect(state.readerID == "sp1", "the best result is previewed")
        #expect(state.message?.text == "2 best of 40 matching")
        #expect(state.unreadCount(in: state.currentSection) == 2 && state.listedCount(in: state.currentSection) == 2)
        #expect(state.storyCount(in: state.currentSection) == 2)
    }

    @Test func resultsKeepTheirOrderAndTheirListAcrossSortsReloadsAndNewSearches() {
        var state = TestLibrary.searchable()
        _ = Self.searched("harbor", finding: ["t1", "sp1", "w1"], in: &state)
        state.apply(.cycleSort, .cycleSort)
        #expect(state.visible.map { state.entries[$0].id.rawValue } == ["t1", "sp1", "w1"], "rank order, not title order")
        state.apply(.moveDown)
        state.apply(.libraryLoaded(LibraryContents(entries: TestLibrary.entries, skipped: [])))
        #expect(state.sectionName == "Search: harbor" && state.selectedID == "sp1", "a rescan keeps the results and the place")

        _ = Self.searched("ice", finding: ["w2"], in: &state)
        #expect(state.sections.filter(\.isSearch).map(\.name) == ["Search: ice"], "one search section, the latest")
        #expect(state.visible.map { state.entries[$0].id.rawValue } == ["w2"])
        #expect(state.message?.text == "1 story matches")

        // An empty query closes the results: from a folder, the folder stays.
        state.apply(.back, .moveDown, .moveDown)
        #expect(state.sectionName == "space")
        state.apply(.startSearch, .searchSubmit)
        #expect(state.sections.filter(\.isSearch).isEmpty && state.sectionName == "space")
        _ = Self.searched("ice", finding: ["w2"], in: &state)
        state.apply(.startSearch, .searchSubmit)
        #expect(state.sections.filter(\.isSearch).isEmpty && state.sectionName == "All", "from the results, All")
        state.apply(.startSearch, .searchSubmit)
        #expect(state.message?.text == "Search: type words, \"a phrase\", word* or -word")
        state.apply(.startSearch, .searchType("-"), .searchType("x"), .searchSubmit)
        #expect(state.message?.text == "Nothing to search for in \"-x\"")
    }

    @Test func nAndAStayWithinTheResults() {
        var state = TestLibrary.searchable()
        _ = Self.searched("co", finding: ["w2", "sp1"], in: &state)
        state.apply(.nextUnread)
        #expect(state.readerID == "sp1" && state.reader?.isOpen == true)
        state.apply(.nextUnread)
        #expect(state.message?.text == "No unread stories left in this list", "w1 and s1 are unread but not results")
        state.apply(.back, .toggleRead, .markAllRead)
        #expect(state.prompt == .markAllRead(ids: [ArticleID("sp1")], sectionName: "Search: co"))
    }

    /// Only the first screens' snippets come with the results; the rest are asked for, once
    /// each, as the list scrolls to them.
    @Test func snippetsFurtherDownAreAskedForAsTheListScrolls() {
        let many = (0..<30).map { Stories.entry("r\($0)", "Result \($0)", section: "world", day: 30 - $0) }
        var state = TestLibrary.searchable(size: Size(width: 60, height: 12), entries: many)
        let hits = many.indices.map { SearchOutcome.Hit(id: ArticleID("r\($0)"), snippet: $0 < 4 ? "cut \($0)" : nil) }
        let effects = update(&state, .searchFinished(SearchOutcome(query: "result", hits: hits, total: 30, unindexed: 0)))
        #expect(state.storyRowHeight == 2 && state.storiesInView == 4)
        let asked = effects.compactMap { effect -> [String]? in
            if case .loadSnippets(_, let ids, "result") = effect { return ids.map(\.rawValue) }
            return nil
        }
        #expect(asked == [["r4", "r5", "r6", "r7"]], "the first page has its own; the next one is asked for")
        _ = update(&state, .snippetsLoaded([ArticleID("r4"): "cut 4"], query: "result"))
        _ = update(&state, .snippetsLoaded([ArticleID("r5"): "stale"], query: "another query"))
        #expect(state.searchResults?.snippets[ArticleID("r4")] == "cut 4")
        #expect(state.searchResults?.snippets[ArticleID("r5")] == nil, "an answer for an older search is dropped")
        var later: [String] = []
        for _ in 0..<6 {
            for effect in update(&state, .moveDown) {
                if case .loadSnippets(_, let ids, _) = effect { later += ids.map(\.rawValue) }
            }
        }
        #expect(later == ["r8", "r9", "r10"], "each asked for once, a page ahead")
    }

    @Test func failuresAndEmptyResultsSaySo() {
        var state = TestLibrary.searchable()
        state.apply(.searchFinished(SearchOutcome(query: "x", hits: [], total: 0, unindexed: 0, failure: "disk I/O error")))
        #expect(state.message?.text == "Search failed: disk I/O error" && state.message?.isError == true)
        #expect(state.sections.filter(\.isSearch).isEmpty)
        state.apply(.searchFinished(Self.outcome("zebra", [], unindexed: 1_234)))
        #expect(state.message?.text == "No stories match (1,234 not indexed yet)")
        #expect(state.sectionName == "Search: zebra" && state.visible.isEmpty)
    }

    @Test func theReadingPaneMarksTheQuerysWordsAndFGoesToThem() {
        var state = TestLibrary.searchable(size: Size(width: 60, height: 12))
        _ = Self.searched("\"harbor reopened\" boats", finding: ["w1"], in: &state)
        _ = update(&state, .open)
        _ = update(&state, .articleLoaded(ArticleID("w1"), .success(TestLibrary.harborArticle)))
        let screen = render(state)
        let row = (0..<screen.size.height).first { screen.line($0).contains("The harbor reopened.") } ?? -1
        let column = screen.line(row).distance(of: "harbor reopened")
        #expect(column != nil)
        if let column {
            #expect(screen[column, row].style == ReaderPane.match && screen[column + 14, row].style == ReaderPane.match)
            #expect(screen[column - 2, row].style != ReaderPane.match)
        }
        let lines = state.reader?.document.lines.map(\.text) ?? []
        let matching = lines.indices.filter { lines[$0].contains("harbor reopened") || lines[$0].contains("boats") }
        #expect(matching.count == 2, "\(lines)")
        state.apply(.nextMatch)
        #expect(state.reader?.top == matching[0])
        state.apply(.nextMatch)
        #expect(state.reader?.top == min(matching[1], state.readerMaxTop))

        // Elsewhere than the results' section, the query's words are not marked.
        state.apply(.back, .back)
        _ = state.apply(.moveUp, .moveUp, .moveUp, .moveUp)
        #expect(state.sectionName == "All")
        #expect(state.highlightNeedles.isEmpty)
    }

    @Test func aSearchBeforeTheIndexFirstCaughtUpSaysItMayMissStories() {
        var state = TestLibrary.state()
        _ = Self.searched("harbor", finding: [], in: &state)
        #expect(state.message?.text == "No stories match (the search index is still being built)")
        state.apply(.searchIndexProgress(done: 5, total: 5))
        _ = Self.searched("harbor", finding: [], in: &state)
        #expect(state.message?.text == "No stories match")
    }

    @Test func progressOfTheIndexShowsOnTheStatusLine() {
        var state = TestLibrary.searchable()
        state.apply(.searchIndexProgress(done: 250, total: 1_000))
        #expect(render(state).line(39).contains("indexing for search 25%"))
        state.apply(.searchIndexProgress(done: 1_000, total: 1_000))
        #expect(state.searchIndexing == nil && !render(state).line(39).contains("indexing"))
    }
}

/// The results' section as drawn: two rows per story, the snippet under it with its words bold.
@Suite struct SearchScreenTests {
    @Test func resultsListWithSnippetsAt120x24() {
        var state = TestLibrary.searchable(size: Size(width: 120, height: 24))
        state.apply(.searchFinished(SearchOutcome(query: "ice OR comet", hits: [
            .init(id: ArticleID("sp1"), snippet: "…the comet brightens over the ice fields, astronomers said on Monday evening after weeks"),
            .init(id: ArticleID("w2"), snippet: "The ferry was stuck in ice for a day."),
        ], total: 14_321, isTotalExact: false, unindexed: 0)))
        let screen = render(state)
        expectScreen(screen, """
             Byline · news                                                                                     Search: ice OR comet
             Sections               │ Search: ice OR comet — the best 2 of 14,321+
             All                  3 │ N  Nov  8 20:00 science/space Comet brightens
             Unread               3 │    …the comet brightens over the ice fields, astronomers said on Monday evening after weeks
             Starred                │    Nov  9 12:00 world         Ferry stuck in ice
             Today                  │    The ferry was stuck in ice for a day.
            >Search: ice OR comet 2 │
             science              2 │
               space              1 │
             tech                   │ Preview — Enter opens it                                                          1–13/14 Top
             world                1 │ Comet brightens
                                    │ Sun 8 Nov 2026 20:00 (12:00 UTC-08:00 there) · science/space · 300 words · 1 min read
                                    │
                                    │ P1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15
                                    │ word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28
                                    │ word29 word30 word31 word32 word33 word34 word35 word36 word37 word38 word39 word40
                                    │
                                    │ P2 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15
                                    │ word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28
                                    │ word29 word30 word31 word32 word33 word34 word35 word36 word37 word38 word39 word40
                                    │
                                    │ P3 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15
                                    │ word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28
             news · 3 unread / 5 · 1/2                                                                   2 best of 14,321+ matching
            """)
        // The query's words are bold in the snippet, the rest plain.
        let snippetRow = 3
        let line = screen.line(snippetRow)
        let comet = line.distance(of: "comet") ?? 0
        #expect(screen[comet, snippetRow].style.bold && screen[comet + 4, snippetRow].style.bold)
        #expect(!screen[comet + 6, snippetRow].style.bold)
        let ice = line.distance(of: "ice ") ?? 0
        #expect(screen[ice, snippetRow].style.bold)
    }

    @Test func theQueryBeingTypedHasTheStatusLine() {
        var state = TestLibrary.searchable(size: Size(width: 80, height: 10))
        state.apply(.startSearch, .searchType("h"), .searchType("a"))
        #expect(render(state).line(9) == " Search: ha_              \"a phrase\" word* -word · Enter searches · Esc cancels")
    }
}
