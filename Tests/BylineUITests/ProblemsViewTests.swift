import BylineCore
import BylineTestSupport
@testable import BylineUI
import Testing

/// `!`: the skipped files and their reasons, over the panes.
@Suite struct ProblemsViewTests {
    static func state(skipped count: Int) -> AppState {
        var state = AppState(libraryName: "news", size: Size(width: 60, height: 12), dates: DateDisplay(timeZone: .gmt))
        let skipped = (0..<count).map { SkippedFile(path: "bad/\($0)\u{1B}[2J.txt", reason: "binary file, not text") }
        _ = update(&state, .libraryLoaded(LibraryContents(entries: TestLibrary.entries, skipped: skipped)))
        return state
    }

    @Test func bangListsEachFileAndWhySanitizedAndAnyKeyCloses() {
        var state = Self.state(skipped: 2)
        #expect(action(for: .character("!"), in: state) == .toggleProblems)
        state.apply(.toggleProblems)
        let screen = render(state)
        #expect(screen.line(1).contains("Skipped — 2 files not read as articles"))
        #expect(screen.line(2) == "  bad/0.txt" && screen.line(3) == "      binary file, not text")
        #expect(screen.line(11).contains("2 skipped (!)"))
        #expect(action(for: .character("x"), in: state) == .toggleProblems)
        state.apply(.toggleProblems)
        #expect(state.overlay == nil)
    }

    /// Scrolling stops at the last line, so the way back up is one key per line.
    @Test func scrollingStopsAtTheEnd() {
        var state = Self.state(skipped: 100)
        state.apply(.toggleProblems, .last)
        let end = state.overlayTop
        #expect(end == 200 - 9)
        #expect(render(state).text.contains("bad/99.txt"))
        state.apply(.moveUp)
        #expect(state.overlayTop == end - 1)
        state.apply(.moveDown, .moveDown, .moveDown)
        #expect(state.overlayTop == end)
    }
}
