@testable import BylineCore
import Testing

@Suite struct MarkdownParserSampleTests {
    static let samples: [ArticleExpectation] = [
        ArticleExpectation(
            file: "full-front-matter.md", title: "Ferry Service Resumes: Island Link Restored",
            date: "2024-03-18T07:30:00+01:00", author: "Mats O'Connor", link: "https://coastal.example/ferry-resumes",
            links: ["https://ferries.example/timetable"],
            firstParagraph: "The Kestrel ferry sailed from the mainland at 7:30 on Monday, the first crossing since the storm damaged the pier in January.",
            kinds: ["p", "p"]),
        ArticleExpectation(
            file: "heading-only.md", title: "Library Opens Late on Fridays",
            firstParagraph: "The central library will stay open until 10 pm on Fridays from next month.",
            kinds: ["p", "p"]),
        ArticleExpectation(
            file: "plain-text-date.md", title: "Bakery Wins Regional Bread Prize",
            date: "2011-06-03T16:10:00-05:00", author: "Priya Raman",
            firstParagraph: "A family bakery in Harrow Falls took first prize for its rye loaf."),
        ArticleExpectation(
            file: "jekyll-style.md", title: "Snowfall Breaks a Forty-Year Record",
            date: "2011-01-27T06:05:00-05:00", author: "Weather Desk",
            firstParagraph: "Forty-one centimetres fell overnight."),
        ArticleExpectation(
            file: "code-blocks.md", title: "Parsing Logs With Awk", date: "2023-09-01T00:00:00+00:00",
            firstParagraph: "A fenced block keeps its indentation and markup:",
            kinds: ["p", "code", "p", "code", "p", "code", "p"]),
        ArticleExpectation(
            file: "nested-lists.md", title: "Packing List for the Fell Race",
            kinds: ["li0 •", "li1 •", "li2 1.", "li2 2.", "li0 •", "li0 •", "li0 3.", "li0 4.", "li0 +", "li0 5."]),
        ArticleExpectation(
            file: "quotes-and-links.md", title: "What the Mayor Said",
            link: "https://cityhall.example/speeches/2024-harbor",
            links: [
                "https://cityhall.example/speeches/2024-harbor/full", "https://archive.example/charter-1911",
                "mailto:press@cityhall.example", "https://cityhall.example/harbor",
                "https://cityhall.example/plans/harbor.pdf",
            ],
            firstParagraph: "Read the full speech [1], the charter [2] and the speech again [1]. Questions: press@cityhall.example [3].",
            kinds: ["q1", "q2", "p", "p"]),
        ArticleExpectation(
            file: "no-heading.md", title: "Council approves new cycle lanes on Mill Road.",
            firstParagraph: "Work starts in April and takes six weeks.", kinds: ["p"]),
        ArticleExpectation(
            file: "empty-front-matter.md", title: "Tide Tables Printed Again",
            firstParagraph: "Printed tide tables return to the harbor office.", kinds: ["p"]),
        ArticleExpectation(
            file: "unterminated-front-matter.md", title: "Market Day Moves to Saturday",
            date: "2024-04-02T09:00:00+00:00",
            firstParagraph: "The weekly market moves to Saturdays from May.", kinds: ["p"]),
        ArticleExpectation(
            file: "unclosed-fence.md", title: "Sample Config",
            firstParagraph: "Put this in your config file:", kinds: ["p", "code"]),
    ]

    @Test(arguments: samples)
    func parsesSample(_ expected: ArticleExpectation) throws {
        let text = try FormatTestSupport.text("markdown", expected.file)
        let article = MarkdownParser.parse(text, fallbackDate: FormatTestSupport.fileTime)
        try ArticleExpectationCheck.check(article, against: expected, format: .markdown)
    }

    @Test func everySampleHasAnExpectation() {
        let covered = Set(Self.samples.map(\.file))
        #expect(Set(FormatTestSupport.fixtureNames("markdown")) == covered)
    }

    @Test func codeBlocksAreVerbatim() throws {
        let text = try FormatTestSupport.text("markdown", "code-blocks.md")
        let article = try #require(MarkdownParser.parse(text, fallbackDate: FormatTestSupport.fileTime))
        let code = article.blocks.compactMap { if case .code(let lines) = $0 { lines } else { nil } }
        #expect(code == [
            ["awk '{ print $1 }' access.log | sort | uniq -c", "    # <not a tag> and *not emphasis*"],
            ["for f in *.log; do", "    gzip \"$f\"", "done"],
            ["~~~ with words after it does not close the fence"],
        ])
        #expect(article.blocks.last?.runs == [TextRun("Inline "), TextRun("code <b>", .code), TextRun(" stays literal.")])
    }

    @Test func anUnclosedFenceRunsToTheEnd() throws {
        let text = try FormatTestSupport.text("markdown", "unclosed-fence.md")
        let article = try #require(MarkdownParser.parse(text, fallbackDate: FormatTestSupport.fileTime))
        #expect(article.blocks.last == .code(["retries: 3", "timeout: 30s"]))
    }

    @Test func nestedListTextAndEmphasis() throws {
        let text = try FormatTestSupport.text("markdown", "nested-lists.md")
        let article = try #require(MarkdownParser.parse(text, fallbackDate: FormatTestSupport.fileTime))
        #expect(article.blocks[2] == .listItem(marker: "1.", depth: 2, [TextRun("Check the laces")]))
        #expect(article.blocks[4] == .listItem(marker: "•", depth: 0, [TextRun("Map and "), TextRun("compass", .emphasis)]))
        #expect(article.blocks[8] == .listItem(marker: "", depth: 0, [TextRun("Bring photo ID.")]))
    }

    @Test func quotesReflowAndNest() throws {
        let text = try FormatTestSupport.text("markdown", "quotes-and-links.md")
        let article = try #require(MarkdownParser.parse(text, fallbackDate: FormatTestSupport.fileTime))
        #expect(article.blocks[0] == .quote(depth: 1, [TextRun("The harbor belongs to everyone. It always has.")]))
        #expect(article.blocks[1] == .quote(depth: 2, [TextRun("Quoted within the quote, from the 1911 charter.")]))
    }
}
