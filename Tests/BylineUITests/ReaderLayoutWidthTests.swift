import BylineCore
import BylineTestSupport
import BylineUI
import Testing

/// No line of the reading pane is wider than the pane, however deep a hostile page nests its
/// lists and quotes, and however narrow the pane (a fuzzer found list markers, quote bars and
/// code margins overflowing a pane of one column).
@Suite struct ReaderLayoutWidthTests {
    @Test(arguments: [1, 2, 3, 8, 20, 60])
    func deepNestingNeverOverflows(width: Int) {
        let article = Article(title: "Nested", date: nil, format: .html, blocks: [
            .quote(depth: 40, [TextRun("A quote forty deep, with words that wrap.")]),
            .listItem(marker: "•", depth: 30, [TextRun("An item thirty deep.")]),
            .listItem(marker: "12.", depth: 0, [TextRun("東京 wide characters")]),
            .code(["let x = 1 // a line of code"]),
        ])
        let summary = Stories.entry("n", "Nested", day: 1).summary
        let document = ReaderDocument.layout(article, summary: summary, width: width, dates: DateDisplay(timeZone: .gmt))
        for line in document.lines {
            #expect(line.text.displayWidth <= width, "\(line.text.debugDescription) at \(width)")
        }
        let text = document.lines.map(\.text).joined()
        #expect(text.contains("w") && (text.contains("東") || width < 2), "the text itself is still there (a wide character needs two columns)")
        if width >= 8 { #expect(document.lines.contains { $0.text.contains("words") }) }
    }

    /// A deep item gives up its indent before its marker.
    @Test func aDeepListItemKeepsItsMarker() {
        let article = Article(title: "Nested", date: nil, format: .html, blocks: [.listItem(marker: "•", depth: 30, [TextRun("Item")])])
        let summary = Stories.entry("n", "Nested", day: 1).summary
        let document = ReaderDocument.layout(article, summary: summary, width: 10, dates: DateDisplay(timeZone: .gmt))
        #expect(document.lines.contains { $0.text.contains("• It") }, "\(document.lines.map(\.text))")
    }
}
