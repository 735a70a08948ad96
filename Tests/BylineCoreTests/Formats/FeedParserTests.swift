@testable import BylineCore
import Foundation
import Testing

@Suite struct FeedParserTests {
    private func items(_ text: String) throws -> [ParsedItem] {
        try FeedSamples.parse(text).get().items
    }

    // MARK: Identity

    @Test func keysPreferGuidThenLinkThenTitleAndDateThenTitle() throws {
        let parsed = try items(FeedSamples.rss("""
            <item><title>A</title><guid>id-a</guid><link>https://x.example/a</link></item>
            <item><title>B</title><link> https://x.example/b </link></item>
            <item><title>C</title><pubDate>Mon, 16 Nov 2026 10:00:00 +0100</pubDate></item>
            <item><title>D</title></item>
            """))
        #expect(parsed.map(\.key) == ["id-a", "https://x.example/b", "C 2026-11-16T10:00:00+01:00", "D"])
    }

    @Test func keysStayTheSameAcrossReparsesAndFileTimes() throws {
        let text = FeedSamples.rss("<item><title>Undated</title></item><item><title>Undated</title></item>")
        let first = try FeedSamples.parse(text).get()
        let later = FeedParser.parse(
            Array(text.utf8), fallbackDate: ArticleDate(instant: Date(timeIntervalSince1970: 1_800_000_000), utcOffsetSeconds: 0),
            renderHTML: HTMLConverter.convert(html:))
        #expect(first.items.map(\.key) == ["Undated", "Undated#2"])
        #expect(try later.get().items.map(\.key) == first.items.map(\.key))
    }

    @Test func repeatedKeysAreNumberedInDocumentOrderAvoidingTakenOnes() {
        let result = FeedIdentity.uniqued(["a", "a", "a#2", "b", "a"])
        #expect(result.keys == ["a", "a#3", "a#2", "b", "a#4"])
        #expect(result.warnings.count == 2)
        #expect(result.warnings.first == "two items share the identity “a”; the later one is kept apart as “…#3”")
    }

    @Test func aPermalinkGuidIsTheLinkWhenThereIsNone() throws {
        let parsed = try items(FeedSamples.rss("""
            <item><title>A</title><guid>https://x.example/a</guid></item>
            <item><title>B</title><guid isPermaLink="false">https://x.example/b</guid></item>
            """))
        #expect(parsed.map(\.article.link) == ["https://x.example/a", nil])
    }

    // MARK: Dates

    @Test func datesFollowTheirOrderOfPreference() throws {
        let rss = try items(FeedSamples.rss("""
            <item xmlns:dc="http://purl.org/dc/elements/1.1/"><title>A</title>
            <dc:date>2026-11-01T00:00:00Z</dc:date><pubDate>Mon, 16 Nov 2026 10:00 +0100</pubDate></item>
            <item xmlns:dc="http://purl.org/dc/elements/1.1/"><title>B</title>
            <pubDate>garbled</pubDate><dc:date>2026-11-01T08:00:00-08:00</dc:date></item>
            """))
        #expect(rss.map { $0.article.date?.iso8601 } == ["2026-11-16T10:00:00+01:00", "2026-11-01T08:00:00-08:00"])
        let atom = try items("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
            <entry><title>A</title><id>a</id><updated>2026-11-02T00:00:00Z</updated><published>2026-11-01T09:00:00+09:00</published></entry>
            <entry><title>B</title><id>b</id><updated>2026-11-02T00:00:00Z</updated></entry>
            </feed>
            """)
        #expect(atom.map { $0.article.date?.iso8601 } == ["2026-11-01T09:00:00+09:00", "2026-11-02T00:00:00+00:00"])
    }

    @Test func anUndatedItemGetsTheFileTimeMarkedEstimated() throws {
        let article = try #require(try items(FeedSamples.rss("<item><title>A</title></item>")).first).article
        #expect(article.date?.instant == FormatTestSupport.fileTime.instant)
        #expect(article.date?.isEstimated == true)
    }

    // MARK: Content and fields

    @Test func rssDescriptionIsHTMLAndContentEncodedWins() throws {
        let parsed = try items(FeedSamples.rss("""
            <item xmlns:content="http://purl.org/rss/1.0/modules/content/"><title>A</title>
            <description>Short &lt;b&gt;teaser&lt;/b&gt;</description>
            <content:encoded><![CDATA[<p>Full <em>story</em>.</p>]]></content:encoded></item>
            <item><title>B</title><description>Only &lt;b&gt;teaser&lt;/b&gt;</description></item>
            """))
        #expect(parsed.map(\.article.paragraphs) == [["Full story."], ["Only teaser"]])
        #expect(parsed[1].article.blocks == [.paragraph([TextRun("Only "), TextRun("teaser", .strong)])])
    }

    @Test func atomContentByReferenceFallsBackToTheSummary() throws {
        let parsed = try items("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
            <entry><title>A</title><id>a</id><content type="video/mp4" src="https://x.example/a.mp4"/>
            <summary type="html">&lt;p&gt;Watch the launch.&lt;/p&gt;</summary></entry>
            </feed>
            """)
        #expect(parsed.first?.article.paragraphs == ["Watch the launch."])
    }

    @Test func anItemWithNothingToShowIsUntitled() throws {
        let parsed = try items(FeedSamples.rss("<item><guid>g</guid></item>"))
        #expect(parsed.first?.article.title == "(untitled)")
        #expect(parsed.first?.article.blocks == [])
    }

    @Test func undeclaredPrefixesStillName() throws {
        let parsed = try items(FeedSamples.rss("""
            <item><title>A</title><dc:creator>Jo Byrne</dc:creator>
            <content:encoded>&lt;p&gt;Body&lt;/p&gt;</content:encoded></item>
            """))
        #expect(parsed.first?.article.author == "Jo Byrne")
        #expect(parsed.first?.article.paragraphs == ["Body"])
    }

    @Test func sameAuthorTwiceIsNamedOnce() throws {
        let parsed = try items(FeedSamples.rss("""
            <item xmlns:dc="http://purl.org/dc/elements/1.1/"><title>A</title>
            <author>jo@x.example (Jo Byrne)</author><dc:creator>Jo Byrne</dc:creator></item>
            """))
        #expect(parsed.first?.article.author == "Jo Byrne")
    }

    @Test func htmlWrittenStraightIntoTheXMLKeepsItsMarkup() throws {
        let parsed = try items(FeedSamples.rss("""
            <item><title>A</title><description><p>Raw <a href="https://x.example/?a=1&amp;b=2">link</a></p></description></item>
            """))
        #expect(parsed.first?.article.paragraphs == ["Raw link [1]"])
        #expect(parsed.first?.article.links == ["https://x.example/?a=1&b=2"])
    }

    @Test func theSectionSuffixIsOneSafeLine() throws {
        let parsed = try items(FeedSamples.rss("<item><title>A</title></item>", channelTitle: "Harbor\u{1B}\u{202E}\n  Gazette"))
        #expect(parsed.first?.sectionSuffix == "Harbor Gazette")
        let untitled = try items("<rss><channel><item><title>A</title></item></channel></rss>")
        #expect(untitled.first?.sectionSuffix == nil)
    }

    // MARK: Entities and damage

    @Test func declaredEntitiesAreNeverExpanded() throws {
        var bomb = "<!DOCTYPE rss [<!ENTITY lol \"lol\">"
        bomb += (1...9).map { level in
            "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">"
        }.joined()
        bomb += "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        let text = bomb + "<rss><channel><title>T</title><item><title>&lol9;</title><description>&xxe;</description></item></channel></rss>"
        let parsed = try items(text)
        #expect(parsed.first?.article.title == "&lol9;")
        #expect(parsed.first?.article.paragraphs == ["&xxe;"])
    }

    @Test func endingBeforeTheRootClosesIsNotedButLosesNothing() throws {
        let parsed = try FeedSamples.parse("<rss><channel><title>T</title><item><title>A</title></item>").get()
        #expect(parsed.items.map(\.article.title) == ["A"])
        #expect(parsed.warnings == ["the file ends before the feed is closed; all items were read"])
    }

    @Test func cutOffInsideTheOnlyItemIsAFailure() {
        let result = FeedSamples.parse("<rss><channel><title>T</title><item><title>A</ti")
        #expect(throws: ParseFailure("feed has no complete items: the file is cut off")) { try result.get() }
    }

    @Test func undeclaredUTF8IsReadAsWindows1252WithAWarning() throws {
        let bytes = Array("<rss><channel><title>T</title><item><title>Caf".utf8) + [0xE9] + Array("</title></item></channel></rss>".utf8)
        let parsed = try FeedSamples.parse(bytes).get()
        #expect(parsed.items.first?.article.title == "Café")
        #expect(parsed.warnings == ["not valid UTF-8; read as Windows-1252"])
    }

    @Test(arguments: [
        ("", "empty file"),
        ("  \n", "empty file"),
        ("<html><body>Not a feed</body></html>", "not a feed: the root element is <html>, not <rss>, <rdf:RDF> or <feed>"),
        ("{\"items\": []}", "not a feed: the file does not start with XML markup"),
        ("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Empty</title></feed>", "feed has no items"),
    ])
    func failsWithAReasonForTheUser(text: String, reason: String) {
        #expect(throws: ParseFailure(reason)) { try FeedSamples.parse(text).get() }
    }
}
