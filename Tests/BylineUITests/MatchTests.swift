import BylineCore
import BylineTestSupport
@testable import BylineUI
import Foundation
import Testing

/// With a filter kept, the reading pane marks its words and f / F go from line to line.
@Suite struct MatchTests {
    @Test func rangesAreByCharacterWhateverFoldingDoes() {
        #expect(MatchFinder.ranges(of: TextFolding.folded("cafe"), in: "Café au lait, CAFE\u{301}!") == [0..<4, 14..<18])
        #expect(MatchFinder.ranges(of: TextFolding.folded("aa"), in: "aaaa") == [0..<2, 2..<4], "in order, not overlapping")
        #expect(MatchFinder.ranges(of: [UInt8](), in: "anything").isEmpty)
        #expect(MatchFinder.contains(TextFolding.folded("Zürich"), in: "near zurich"))
    }

    /// w1 opened with a body that names the harbor on its first and last paragraphs.
    func reading(height: Int = 12) -> AppState {
        var state = TestLibrary.state(size: Size(width: 60, height: height))
        state.apply(.startFilter, .filterType("h"), .filterType("a"), .filterType("r"), .filterType("b"), .filterAccept)
        _ = update(&state, .open)
        _ = update(&state, .articleLoaded(ArticleID("w1"), .success(TestLibrary.harborArticle)))
        return state
    }

    @Test func fAndFGoFromMatchToMatch() {
        var state = reading()
        let lines = state.reader?.document.lines.map(\.text) ?? []
        let matching = lines.indices.filter { lines[$0].lowercased().contains("harb") }
        #expect(matching.count == 3, "the headline and two paragraphs: \(lines)")
        state.apply(.nextMatch)
        #expect(state.reader?.top == matching[1])
        state.apply(.nextMatch)
        #expect(state.reader?.top == min(matching[2], state.readerMaxTop))
        state.apply(.nextMatch)
        #expect(state.message?.text == "No more matches below")
        state.apply(.previousMatch)
        #expect(state.reader?.top == matching[1])
        state.apply(.previousMatch, .previousMatch)
        #expect(state.reader?.top == 0 && state.message?.text == "No more matches above")
    }

    @Test func thePaneMarksTheWords() {
        let state = reading()
        let screen = render(state)
        let row = (0..<screen.size.height).first { screen.line($0).contains("The harbor reopened.") } ?? -1
        let column = screen.line(row).distance(of: "harbor")
        #expect(column != nil)
        if let column {
            #expect(screen[column, row].style == ReaderPane.match && screen[column + 3, row].style == ReaderPane.match)
            #expect(screen[column + 6, row].style != ReaderPane.match, "only the matching letters")
        }
    }

    @Test func withoutAFilterFSaysWhatToDo() {
        var state = TestLibrary.state()
        state.apply(.open, .nextMatch)
        #expect(state.message?.text == "Nothing to find: / filters or S searches by words first")
    }
}

extension String {
    /// The column (in characters, all one cell wide here) where `word` starts.
    func distance(of word: String) -> Int? {
        range(of: word).map { self.distance(from: startIndex, to: $0.lowerBound) }
    }
}
