import BylineCore
import BylineTestSupport
import BylineUI
import Testing

/// A rich article (as the Markdown and HTML parsers make them) in the reading pane.
@Suite struct RichArticleScreenTests {
    static let article = Article(
        title: "Harbor strike ends", date: nil, format: .markdown,
        blocks: [
            .paragraph([TextRun("Dock workers voted on "), TextRun("Friday", .strong), TextRun(" to accept the "),
                        TextRun("offer", .emphasis), TextRun(", ending an eleven-day strike.")]),
            .heading(level: 2, [TextRun("What changes")]),
            .listItem(marker: "•", depth: 0, [TextRun("Wages rise 14 percent over four years, the largest raise in a decade.")]),
            .listItem(marker: "•", depth: 1, [TextRun("Night shifts get a premium.")]),
            .listItem(marker: "1.", depth: 0, [TextRun("Cranes: "), TextRun("no new ones before 2028", .code)]),
            .quote(depth: 1, [TextRun("Nobody here was ever against machines, but we wanted a say in the pace.")]),
            .code(["let wage = base * 1.14", "print(wage)"]),
            .paragraph([TextRun("Read the "), TextRun("full agreement", .link), TextRun(" [1]"), TextRun(" or the "),
                        TextRun("union's statement", .link), TextRun(" [2].")]),
        ],
        author: "Jane Okafor", links: ["https://port.example/agreement.pdf", "https://union.example/statement"])

    @Test func listsQuotesCodeAndNumberedLinksInTheReadingPane() {
        var state = TestLibrary.state(size: Size(width: 60, height: 29))
        state.apply(.open)
        _ = update(&state, .articleLoaded(ArticleID("w1"), .success(Self.article)))
        let screen = render(state)
        if let difference = screenDifference(screen, """
             Byline · news                                          All
             Article                                        1–25/25 All
             Harbor strike ends
             by Jane Okafor · Wed 11 Nov 2026 12:00 · world · 300 words
             · 1 min read

             Dock workers voted on Friday to accept the offer, ending
             an eleven-day strike.

             What changes

             • Wages rise 14 percent over four years, the largest raise
               in a decade.
               • Night shifts get a premium.
             1. Cranes: no new ones before 2028

             │ Nobody here was ever against machines, but we wanted a
             │ say in the pace.

               let wage = base * 1.14
               print(wage)

             Read the full agreement [1] or the union's statement [2].

             Links
             [1] https://port.example/agreement.pdf
             [2] https://union.example/statement

             news · 2 unread / 5 · 1/5  Space page · n next unread · J…
            """) {
            Issue.record(Comment(rawValue: difference))
        }
        // Emphasis survives wrapping: "Friday" bold, "offer" underlined, link text underlined.
        let row = 6
        let line = screen.line(row)
        let friday = line.distance(from: line.startIndex, to: line.range(of: "Friday")?.lowerBound ?? line.startIndex)
        #expect(screen[friday, row].style.bold && !screen[friday - 2, row].style.bold)
        let offer = line.distance(from: line.startIndex, to: line.range(of: "offer")?.lowerBound ?? line.startIndex)
        #expect(screen[offer, row].style.underline)
    }
}
