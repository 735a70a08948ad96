@testable import BylineCore
import Testing

@Suite struct HTMLParserSampleTests {
    static let samples: [ArticleExpectation] = [
        ArticleExpectation(
            file: "og-article-page.html",
            title: "Harbor Pilots Return to Work After Six-Week Dispute",
            date: "2024-05-14T08:45:00+02:00", author: "Ines Carvalho",
            link: "https://ledger.example/news/harbor-pilots-return",
            links: [
                "https://ledger.example/staff/ines", "https://port.example/agreement",
                "https://ledger.example/union/statement",
            ],
            firstParagraph: "By Ines Carvalho [1], May 14, 2024",
            kinds: ["p", "p", "p", "h2", "li0 •", "li0 •", "p"]),
        ArticleExpectation(
            file: "title-and-main.html", title: "Night Trains Return to the Alps",
            firstParagraph: "Sleeper trains between Zurich and Vienna will run again from December, the railway said on Monday.",
            kinds: ["p", "p"]),
        ArticleExpectation(
            file: "entities-no-body.html", title: "Café Owners Brace for “Summer of Roadworks”",
            date: "2024-06-04T17:30:00+01:00",
            firstParagraph: "“We’ll stay open,” said Amélie Durand — whose café sits on Rue\u{A0}Haute & faces three months of digging.",
            kinds: ["p", "p"]),
        ArticleExpectation(
            file: "fragment.html",
            title: "Volunteers planted 400 oak saplings along the river on Saturday, the parks department said.",
            links: ["https://parks.example/oaks"],
            firstParagraph: "Volunteers planted 400 oak saplings along the river on Saturday, the parks department [1] said.",
            kinds: ["p", "p"]),
        ArticleExpectation(
            file: "lists-and-tables.html", title: "Election Results at a Glance",
            date: "2024-11-06T01:15:00-05:00", author: "Data Desk",
            firstParagraph: "Results as of 1:15 am.",
            kinds: ["p", "li0 3.", "li1 •", "li2 1.", "li2 7.", "li0 4.", "p", "p", "p", "q1", "q2", "code"]),
        ArticleExpectation(
            file: "truncated-mid-tag.html", title: "Council Votes on the Budget",
            firstParagraph: "The council voted 7 to 2 on Thursday night after a long debate",
            kinds: ["p", "p"]),
    ]

    @Test(arguments: samples)
    func parsesSample(_ expected: ArticleExpectation) throws {
        let text = try FormatTestSupport.text("html", expected.file)
        let article = HTMLParser.parse(text, fallbackDate: FormatTestSupport.fileTime)
        try ArticleExpectationCheck.check(article, against: expected, format: .html)
    }

    @Test func tableRowsJoinCellsAndSkipEmptyRows() throws {
        let text = try FormatTestSupport.text("html", "lists-and-tables.html")
        let article = try #require(HTMLParser.parse(text, fallbackDate: FormatTestSupport.fileTime))
        let rows = article.blocks.filter { $0.plainText.contains("|") }.map(\.plainText)
        #expect(rows == ["Party | Seats | Change", "Greens | 12 | +3", "Liberals | 9 | −2"])
    }

    @Test func preformattedCodeKeepsItsLinesVerbatim() throws {
        let text = try FormatTestSupport.text("html", "lists-and-tables.html")
        let article = try #require(HTMLParser.parse(text, fallbackDate: FormatTestSupport.fileTime))
        #expect(article.blocks.last == .code(["seats = greens + liberals", "    # indentation kept", "total <= 21"]))
    }

    @Test func pageJunkNeverReachesTheBody() throws {
        let text = try FormatTestSupport.text("html", "og-article-page.html")
        let article = try #require(HTMLParser.parse(text, fallbackDate: FormatTestSupport.fileTime))
        let body = article.paragraphs.joined(separator: "\n")
        for junk in ["page view", "Injected advert", "Related", "Dock strike", "Subscribe", "Sport", "©", "tracking pixel"] {
            #expect(!body.contains(junk), "\(junk)")
        }
        // The <h1> repeating og:title is the headline, not body text.
        #expect(!article.blocks.contains { $0.kindSummary == "h1" })
    }

    @Test func pageWithoutTextHasNoArticle() throws {
        let text = try FormatTestSupport.text("html", "no-text.html")
        #expect(HTMLParser.parse(text, fallbackDate: FormatTestSupport.fileTime) == nil)
        #expect(HTMLParser.parse("", fallbackDate: FormatTestSupport.fileTime) == nil)
        #expect(HTMLParser.parse("  \n ", fallbackDate: FormatTestSupport.fileTime) == nil)
    }

    @Test func binaryJunkDoesNotCrash() throws {
        let text = try FormatTestSupport.text("html", "binary-junk.html")
        let article = HTMLParser.parse(text, fallbackDate: FormatTestSupport.fileTime)
        // Whatever libxml2 recovers, the result is a usable article with a short title.
        if let article {
            #expect(!article.title.isEmpty)
            #expect(article.title.count <= TitleFallback.maxLength + 1)
            #expect(article.date?.isEstimated == true)
        }
    }
}
