@testable import BylineCore
import Testing

@Suite struct MarkdownFrontMatterTests {
    @Test func readsScalarsListsAndQuotes() {
        let front = FrontMatter("""
            ---
            Title: "A \\"quoted\\" title: with colon"
            author: 'It''s me'
            tags: [one, "two", three]
            categories:
              - news
              - 'local'
            summary: >
              folded over
              two lines
            # a comment
            url: https://example.com/a:b
            ---
            body line
            """)
        #expect(front.fields["title"] == "A \"quoted\" title: with colon")
        #expect(front.fields["author"] == "It's me")
        #expect(front.lists["tags"] == ["one", "two", "three"])
        #expect(front.lists["categories"] == ["news", "local"])
        #expect(front.fields["summary"] == "folded over two lines")
        #expect(front.fields["url"] == "https://example.com/a:b")
        #expect(front.body == "body line")
    }

    @Test func withoutAnOpeningFenceEverythingIsBody() {
        let front = FrontMatter("title: not front matter\n\ntext")
        #expect(front.fields.isEmpty)
        #expect(front.body == "title: not front matter\n\ntext")
    }

    @Test func anUnterminatedBlockEndsAtTheFirstNonKeyLine() {
        let front = FrontMatter("---\ntitle: T\n\nStory starts.")
        #expect(front.fields["title"] == "T")
        #expect(front.body == "\nStory starts.")
    }

    @Test(arguments: [
        ("2011-06-03T16:10:00-05:00", "2011-06-03T16:10:00-05:00"),
        ("2011-06-03", "2011-06-03T00:00:00+00:00"),
        ("2011-06-03 16:10:00 -0500", "2011-06-03T16:10:00-05:00"),
        ("2011-06-03 16:10", "2011-06-03T16:10:00+00:00"),
        ("Fri, 03 Jun 2011 16:10:00 -0500", "2011-06-03T16:10:00-05:00"),
        ("June 3rd, 2011 at 4:10 pm (UTC-5)", "2011-06-03T16:10:00-05:00"),
    ])
    func datesInEveryAcceptedForm(value: String, iso: String) {
        #expect(MarkdownParser.parseDate(value)?.iso8601 == iso)
    }

    @Test func anUnreadableDateFallsBackToTheFileTime() throws {
        let article = try #require(MarkdownParser.parse("---\ndate: someday\n---\n# T\n\nx", fallbackDate: FormatTestSupport.fileTime))
        #expect(article.date?.isEstimated == true)
    }

    @Test func aPostedLineUnderTheHeadingIsTheDate() throws {
        let text = "# Title\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\nBody."
        let article = try #require(MarkdownParser.parse(text, fallbackDate: FormatTestSupport.fileTime))
        #expect(article.date?.iso8601 == "2011-06-03T16:10:00-05:00")
        #expect(article.paragraphs == ["Body."])
    }

    @Test func aFrontMatterTitleDropsARepeatingHeadingOnly() throws {
        let same = try #require(MarkdownParser.parse("---\ntitle: T\n---\n# T\n\nx", fallbackDate: FormatTestSupport.fileTime))
        #expect(same.paragraphs == ["x"])
        let other = try #require(MarkdownParser.parse("---\ntitle: T\n---\n# Other\n\nx", fallbackDate: FormatTestSupport.fileTime))
        #expect(other.blocks.map(\.kindSummary) == ["h1", "p"])
    }

    @Test(arguments: ["", "\n  \n", "---\n---\n", "---\ntags: [a]\n---\n\n"])
    func filesWithoutTextHaveNoArticle(text: String) {
        #expect(MarkdownParser.parse(text, fallbackDate: FormatTestSupport.fileTime) == nil)
    }

    @Test func aTitleAloneIsAnArticle() throws {
        let article = try #require(MarkdownParser.parse("---\ntitle: Only\n---\n", fallbackDate: FormatTestSupport.fileTime))
        #expect(article.title == "Only")
        #expect(article.blocks.isEmpty)
    }
}
