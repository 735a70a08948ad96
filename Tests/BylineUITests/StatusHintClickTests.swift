import BylineCore
import BylineTestSupport
import BylineUI
import Testing

/// The status line's key hints, drawn and clicked: each hint is drawn where the mouse looks for
/// it, and a click on it does exactly what its key does.
@Suite struct StatusHintClickTests {
    static func reading(size: Size = Size(width: 120, height: 40)) -> AppState {
        var state = TestLibrary.state(size: size)
        state.apply(.open)
        return state
    }

    static func withLinks() -> AppState {
        var state = reading()
        var article = TestLibrary.harborArticle
        article.links = ["https://paper.example/one", "https://paper.example/two"]
        state.apply(.articleLoaded(ArticleID("w1"), .success(article)), .showLinks)
        return state
    }

    static func state(_ name: String) -> AppState {
        var state = TestLibrary.state()
        switch name {
        case "sections": state.apply(.focusPrevious)
        case "reading": state = reading()
        case "links": state = withLinks()
        case "help": state.apply(.toggleHelp)
        case "problems": state.apply(.toggleProblems)
        case "empty library":
            state = TestLibrary.state(entries: [])
            state.apply(.libraryUnchanged)
        case "reading, cut short at 100 columns": state = reading(size: Size(width: 100, height: 30))
        default: break
        }
        return state
    }

    @Test(arguments: ["stories", "sections", "reading", "links", "help", "problems", "empty library", "reading, cut short at 100 columns"])
    func aClickOnEachDrawnHintRunsItsAction(_ name: String) {
        let state = Self.state(name)
        let screen = render(state)
        let y = state.size.height - 1
        let row = (0..<state.size.width).map { screen[$0, y].text }
        #expect(!state.statusHints.isEmpty)
        for placed in state.statusHints {
            #expect(row[placed.columns].joined() == placed.hint.text, "drawn where it is looked for")
            for x in [placed.columns.lowerBound, placed.columns.upperBound - 1] {
                var clicked = state
                let clickEffects = clicked.apply(.mouse(MouseEvent(x: x, y: y, kind: .press)))
                // A hint for several keys ("j/k") runs nothing: the click is one anywhere else
                // on the line (which closes the help, as a click anywhere does).
                var keyed = state
                let keyEffects = keyed.apply(placed.hint.action ?? .mouse(MouseEvent(x: 0, y: y, kind: .press)))
                #expect(clickEffects == keyEffects, "\(placed.hint.text)")
                #expect(render(clicked) == render(keyed), "\(placed.hint.text)")
            }
        }
    }

    @Test func onlyHintsDrawnWholeAreClickable() {
        let state = Self.reading(size: Size(width: 100, height: 30))
        let line = render(state).line(29)
        #expect(line.hasSuffix("L links · ? he…"))
        #expect(state.statusHints.map(\.hint.text) == ["Space page", "n next unread", "J next", "K prev", "m mark", "L links"])
        for x in 96...98 {
            var clicked = state
            let effects = clicked.apply(.mouse(MouseEvent(x: x, y: 29, kind: .press)))
            #expect(effects.isEmpty)
            #expect(clicked.overlay == nil, "the cut \"? help\" does not open the help")
        }
    }

    @Test func theSeparatorsAndTheLeftOfTheLineDoNothing() throws {
        let state = TestLibrary.state()
        let first = try #require(state.statusHints.first)
        for x in [2, first.columns.upperBound + 1] {
            var clicked = state
            let effects = clicked.apply(.mouse(MouseEvent(x: x, y: 39, kind: .press)))
            #expect(effects.isEmpty)
            #expect(render(clicked) == render(state))
        }
    }
}
