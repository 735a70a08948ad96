@testable import BylineCore
import Testing

@Suite struct HTMLParserMetadataTests {
    private func parse(_ html: String) throws -> Article {
        try #require(HTMLParser.parse(html, fallbackDate: FormatTestSupport.fileTime))
    }

    @Test(arguments: [
        ("<meta property=\"og:title\" content=\"OG\"><title>T</title><h1>H</h1><p>x</p>", "OG"),
        ("<title>T</title><h1>H</h1><p>x</p>", "T"),
        ("<h1>H</h1><p>x</p>", "H"),
        ("<p>Only a paragraph here.</p>", "Only a paragraph here."),
    ])
    func titleComesFromOgTitleThenTitleThenFirstHeading(html: String, title: String) throws {
        #expect(try parse(html).title == title)
    }

    @Test(arguments: [
        ("<meta property=\"article:published_time\" content=\"2020-02-03T04:05:06-03:00\"><p>x</p>", "2020-02-03T04:05:06-03:00"),
        ("<meta name=\"date\" content=\"2020-02-03\"><p>x</p>", "2020-02-03T00:00:00+00:00"),
        ("<meta itemprop=\"datePublished\" content=\"2020-02-03T10:00:00Z\"><p>x</p>", "2020-02-03T10:00:00+00:00"),
        ("<p>On <time datetime=\"2019-12-31T23:00:00+05:30\">new year's eve</time></p>", "2019-12-31T23:00:00+05:30"),
        ("<meta property=\"article:published_time\" content=\"not a date\"><time datetime=\"2021-01-01T00:00:00Z\">x</time>",
         "2021-01-01T00:00:00+00:00"),
    ])
    func dateComesFromMetaThenTimeElement(html: String, date: String) throws {
        let article = try parse(html)
        #expect(article.date?.iso8601 == date)
        #expect(article.date?.isEstimated == false)
    }

    @Test func withoutADateUsesTheFileTimeMarkedEstimated() throws {
        let article = try parse("<title>T</title><p>x</p>")
        #expect(article.date?.instant == FormatTestSupport.fileTime.instant)
        #expect(article.date?.isEstimated == true)
    }

    @Test(arguments: [
        ("<meta name=\"author\" content=\" Ana  Lima \"><p>x</p>", "Ana Lima"),
        ("<meta property=\"article:author\" content=\"Bo Chen\"><p>x</p>", "Bo Chen"),
        ("<meta property=\"article:author\" content=\"https://social.example/bo\"><p>By <a rel=\"author\" href=\"/bo\">Bo Chen</a></p>", "Bo Chen"),
    ])
    func authorComesFromMetaOrAuthorLink(html: String, author: String) throws {
        #expect(try parse(html).author == author)
    }

    @Test func linkIsCanonicalElseOgURLAndResolvesRelativeLinks() throws {
        let canonical = try parse("<link rel=\"canonical\" href=\"https://a.example/story\"><meta property=\"og:url\" content=\"https://b.example/\"><p><a href=\"/more\">more</a></p>")
        #expect(canonical.link == "https://a.example/story")
        #expect(canonical.links == ["https://a.example/more"])
        let og = try parse("<meta property=\"og:url\" content=\"https://b.example/x/\"><p><a href=\"y\">y</a></p>")
        #expect(og.link == "https://b.example/x/")
        #expect(og.links == ["https://b.example/x/y"])
    }

    @Test func bodyComesFromTheLongestArticleElseMainElseBody() throws {
        let article = try parse("""
            <body><p>outside</p><main><article><p>teaser</p></article>
            <article><p>The real story, much longer than the teaser.</p></article></main></body>
            """)
        #expect(article.paragraphs == ["The real story, much longer than the teaser."])
        let main = try parse("<body><p>outside</p><main><p>inside main</p></main></body>")
        #expect(main.paragraphs == ["inside main"])
    }

    @Test func html5ElementsAfterHeadElementsAreStillRead() throws {
        // libxml2 knows HTML 4 only and leaves <article> inside an implied <head> here.
        let article = try parse("<title>Short page</title><article><p>The story.</p></article>")
        #expect(article.title == "Short page")
        #expect(article.paragraphs == ["The story."])
    }

    @Test func aDeclaredCharsetDoesNotReDecodeTheText() throws {
        let article = try parse("<meta charset=\"iso-8859-1\"><title>Café</title><p>Crème brûlée</p>")
        #expect(article.title == "Café")
        #expect(article.paragraphs == ["Crème brûlée"])
    }
}
