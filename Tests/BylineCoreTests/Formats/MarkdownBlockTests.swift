@testable import BylineCore
import Testing

@Suite struct MarkdownBlockTests {
    private func blocks(_ markdown: String) -> [Block] {
        MarkdownParser.convert(markdown, baseURL: nil).blocks
    }

    private func kinds(_ markdown: String) -> [String] {
        blocks(markdown).map(\.kindSummary)
    }

    @Test func paragraphsReflowAndHardBreaksBecomeSpaces() {
        #expect(blocks("one\ntwo  \nthree\\\nfour\n\nnext").map(\.plainText) == ["one two three four", "next"])
    }

    @Test(arguments: [
        ("# A", ["h1"]), ("### A ###", ["h3"]), ("A\n===", ["h1"]), ("A\n---", ["h2"]), ("#NotAHeading", ["p"]),
        ("####### seven", ["p"]),
    ])
    func headings(markdown: String, expected: [String]) {
        #expect(kinds(markdown) == expected)
    }

    @Test func bulletMarkersAndNumbering() {
        #expect(blocks("- a\n* b\n+ c\n\n7) x\n8) y") == [
            .listItem(marker: "•", depth: 0, [TextRun("a")]),
            .listItem(marker: "•", depth: 0, [TextRun("b")]),
            .listItem(marker: "•", depth: 0, [TextRun("c")]),
            .listItem(marker: "7.", depth: 0, [TextRun("x")]),
            .listItem(marker: "8.", depth: 0, [TextRun("y")]),
        ])
    }

    @Test func listsNestByIndentationAndReturnToTheTop() {
        #expect(kinds("- a\n  - b\n    - c\n  - d\n- e\n\n1. f\n   1. g\n2. h") == [
            "li0 •", "li1 •", "li2 •", "li1 •", "li0 •", "li0 1.", "li1 1.", "li0 2.",
        ])
    }

    @Test func aNumberStartingALineInsideAParagraphIsText() {
        #expect(kinds("The year was\n1975. A good year.") == ["p"])
    }

    @Test func thematicBreaksAreNotListItems() {
        #expect(kinds("a\n\n- - -\n\n* * *\n\nb") == ["p", "p"])
    }

    @Test func lazyQuoteContinuationAndNesting() {
        #expect(blocks("> a\nb\n\n> > c\n> d") == [
            .quote(depth: 1, [TextRun("a b")]), .quote(depth: 2, [TextRun("c d")]),
        ])
    }

    @Test func listsInsideQuotesAndCodeInsideLists() {
        #expect(blocks("> - a\n> - b\n\n- item\n\n      code line\n") == [
            .listItem(marker: "•", depth: 0, [TextRun("a")]),
            .listItem(marker: "•", depth: 0, [TextRun("b")]),
            .listItem(marker: "•", depth: 0, [TextRun("item")]),
            .code(["code line"]),
        ])
    }

    /// Indentation tabs count to the next multiple of four, as CommonMark says; a tab inside a
    /// line stays for the sanitizer, which expands it by display width when drawing.
    @Test func fencedCodeKeepsBlankLinesMarkupAndTabs() {
        #expect(blocks("```\n# not a heading\n\n\tindented\nab\tc\n  - not a list\n```") == [
            .code(["# not a heading", "", "    indented", "ab\tc", "  - not a list"]),
        ])
    }

    @Test func indentedCodeDoesNotInterruptAParagraph() {
        #expect(kinds("para\n    still para") == ["p"])
        #expect(blocks("para\n\n    code\n\n    more") == [.paragraph([TextRun("para")]), .code(["code", "", "more"])])
    }

    @Test func pipeTablesBecomeRowsOfCells() {
        #expect(blocks("| Party | Seats |\n|:------|------:|\n| Greens | 12 |\n| Liberals | 9 |\n\nAfter").map(\.plainText)
            == ["Party | Seats", "Greens | 12", "Liberals | 9", "After"])
    }

    @Test func rawHTMLBlocksGoThroughTheHTMLConverter() {
        let rich = MarkdownParser.convert("[a](https://a.example/)\n\n<div>\n<p>html <a href=\"https://b.example/\">b</a></p>\n</div>\n\nafter", baseURL: nil)
        #expect(rich.blocks.map(\.plainText) == ["a [1]", "html b [2]", "after"])
        #expect(rich.links == ["https://a.example/", "https://b.example/"])
    }

    @Test func nestingDeeperThanTheCapReadsAsText() {
        let deep = String(repeating: "> ", count: 10_000) + "deep"
        let result = blocks(deep)
        #expect(result.count == 1)
        #expect(result.first?.plainText.hasSuffix("deep") == true)
        let lists = (0..<1_000).map { String(repeating: "  ", count: $0) + "- item \($0)" }.joined(separator: "\n")
        #expect(!blocks(lists).isEmpty)
    }
}
