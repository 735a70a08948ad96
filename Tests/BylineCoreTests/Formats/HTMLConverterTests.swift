@testable import BylineCore
import Testing

@Suite struct HTMLConverterTests {
    private func blocks(_ html: String) -> [Block] {
        HTMLConverter.convert(html: html).blocks
    }

    @Test func emphasisBecomesStyledRuns() {
        let runs = blocks("<p>a <b>bold</b> <strong>strong</strong> <i>it</i> <em>em <b>both</b></em> <code>x()</code></p>")
            .first?.runs
        #expect(runs == [
            TextRun("a "), TextRun("bold", .strong), TextRun(" "), TextRun("strong", .strong), TextRun(" "),
            TextRun("it", .emphasis), TextRun(" "), TextRun("em ", .emphasis), TextRun("both", [.emphasis, .strong]),
            TextRun(" "), TextRun("x()", .code),
        ])
    }

    @Test func linksAreNumberedByDistinctURLInOrderOfFirstUse() {
        let rich = HTMLConverter.convert(html: """
            <p><a href="https://a.example/">A</a>, <a href="https://b.example/">B</a>,
            <a href="https://a.example/">A again</a>, <a href="javascript:void(0)">script</a>,
            <a href="#top">top</a>, <a href="">empty</a>, <a>no href</a></p>
            """)
        #expect(rich.links == ["https://a.example/", "https://b.example/"])
        #expect(rich.blocks.first?.plainText == "A [1], B [2], A again [1], script, top, empty, no href")
        #expect(rich.blocks.first?.runs.first == TextRun("A", .link))
    }

    @Test func aLinkWithoutTextGetsNoNumber() {
        let rich = HTMLConverter.convert(html: "<p>x <a href=\"https://a.example/\"><img src=\"i.png\"></a> y</p>")
        #expect(rich.links.isEmpty)
        #expect(rich.blocks.first?.plainText == "x y")
    }

    @Test func aLinkAroundBlocksPutsItsNumberAfterTheLastOne() {
        let rich = HTMLConverter.convert(html: "<a href=\"https://a.example/\"><h3>Card</h3><p>Teaser</p></a><p>Next</p>")
        #expect(rich.blocks.map(\.plainText) == ["Card", "Teaser [1]", "Next"])
    }

    @Test(arguments: ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "iframe", "svg"])
    func dropsPageMachinery(element: String) {
        let rich = HTMLConverter.convert(html: "<p>keep</p><\(element)>junk text</\(element)><p>also kept</p>")
        #expect(rich.blocks.map(\.plainText) == ["keep", "also kept"])
    }

    @Test func hiddenElementsAreDropped() {
        #expect(blocks("<p>shown <span hidden>secret</span></p>").map(\.plainText) == ["shown"])
    }

    @Test func nestedListsCarryDepthAndMarkers() {
        let html = """
            <ul><li>a<ul><li>b<ol start="4"><li>c</li><li>d</li></ol></li></ul></li><li>e</li></ul>
            <ol reversed start="3"><li>x</li><li>y</li></ol>
            """
        #expect(blocks(html) == [
            .listItem(marker: "•", depth: 0, [TextRun("a")]),
            .listItem(marker: "•", depth: 1, [TextRun("b")]),
            .listItem(marker: "4.", depth: 2, [TextRun("c")]),
            .listItem(marker: "5.", depth: 2, [TextRun("d")]),
            .listItem(marker: "•", depth: 0, [TextRun("e")]),
            .listItem(marker: "3.", depth: 0, [TextRun("x")]),
            .listItem(marker: "2.", depth: 0, [TextRun("y")]),
        ])
    }

    @Test func laterParagraphsOfAnItemContinueItWithoutAMarker() {
        #expect(blocks("<ol><li><p>First</p><p>More</p></li></ol>") == [
            .listItem(marker: "1.", depth: 0, [TextRun("First")]),
            .listItem(marker: "", depth: 0, [TextRun("More")]),
        ])
    }

    @Test func blockquotesNest() {
        #expect(blocks("<blockquote>one<blockquote><p>two</p></blockquote>three</blockquote>") == [
            .quote(depth: 1, [TextRun("one")]), .quote(depth: 2, [TextRun("two")]), .quote(depth: 1, [TextRun("three")]),
        ])
    }

    @Test func entitiesAreDecoded() {
        #expect(blocks("<p>caf&eacute; &mdash; &#8220;q&#8221; &#x263A; a&nbsp;b &amp; &lt;tag&gt;</p>").first?.plainText
            == "café — “q” ☺ a\u{A0}b & <tag>")
    }

    @Test(arguments: [
        ("<p>  many   spaces\n\tand\r\nbreaks  </p>", "many spaces and breaks"),
        ("<p>a<span> b </span>c</p>", "a b c"),
        ("<p><b>bold </b> plain</p>", "bold plain"),
        ("<p>line<br>break</p>", "line break"),
    ])
    func whitespaceCollapsesLikeABrowser(html: String, text: String) {
        #expect(blocks(html).map(\.plainText) == [text])
    }

    @Test func aSpaceBetweenStylesIsPlain() {
        #expect(blocks("<p><em>a </em>b</p>").first?.runs == [TextRun("a", .emphasis), TextRun(" b")])
    }

    @Test func twoLineBreaksInARowStartANewParagraph() {
        #expect(blocks("<div>first<br><br>second<br>same</div>").map(\.plainText) == ["first", "second same"])
    }

    @Test func textDirectlyInContainersBecomesParagraphs() {
        #expect(blocks("<div>one<p>two</p>three</div><section>four</section>").map(\.plainText) == ["one", "two", "three", "four"])
    }

    @Test func headingsKeepTheirLevel() {
        #expect(blocks("<h1>A</h1><h3>B</h3><h6>C</h6>").map(\.kindSummary) == ["h1", "h3", "h6"])
    }

    @Test func preKeepsLinesAndIndentation() {
        #expect(blocks("<pre>\n  a &lt; b\n\tc<br>d\n</pre>") == [.code(["  a < b", "\tc", "d"])])
    }

    @Test func imagesShowTheirAltTextInBrackets() {
        #expect(blocks("<p>A <img alt=\" harbor  at dawn \" src=\"h.jpg\"> and <img src=\"x.png\"> more</p>").first?.plainText
            == "A [harbor at dawn] and more")
    }

    @Test func tableRowsBecomeParagraphsOfCells() {
        #expect(blocks("<table><tr><th>A</th><th> B </th></tr><tr><td><p>1</p></td><td></td></tr></table>").map(\.plainText)
            == ["A | B", "1 |"])
    }

    @Test(arguments: ["Plain text with no tags at all.", "<p>Hi <b>there</b></p>", "Hi <b>there</b>"])
    func fragmentsAndBareTextWork(html: String) {
        #expect(blocks(html).count == 1)
        #expect(blocks(html).first?.kindSummary == "p")
    }

    @Test func emptyInputGivesNothing() {
        #expect(HTMLConverter.convert(html: "") == RichText())
        #expect(HTMLConverter.convert(html: "<p> </p><div></div>") == RichText())
    }
}
