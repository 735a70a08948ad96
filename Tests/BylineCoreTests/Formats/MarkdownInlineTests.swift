@testable import BylineCore
import Testing

@Suite struct MarkdownInlineTests {
    private func runs(_ markdown: String) -> [TextRun] {
        MarkdownParser.convert(markdown, baseURL: nil).blocks.first?.runs ?? []
    }

    @Test(arguments: [
        ("*em* and _em_", [TextRun("em", .emphasis), TextRun(" and "), TextRun("em", .emphasis)]),
        ("**strong** __too__", [TextRun("strong", .strong), TextRun(" "), TextRun("too", .strong)]),
        ("***both***", [TextRun("both", [.strong, .emphasis])]),
        ("*a **b** c*", [TextRun("a ", .emphasis), TextRun("b", [.emphasis, .strong]), TextRun(" c", .emphasis)]),
        ("snake_case_name", [TextRun("snake_case_name")]),
        ("2 * 3 * 4", [TextRun("2 * 3 * 4")]),
        ("*unclosed", [TextRun("*unclosed")]),
        ("\\*escaped\\*", [TextRun("*escaped*")]),
        ("`a *b* c`", [TextRun("a *b* c", .code)]),
        ("`` a ` b ``", [TextRun("a ` b", .code)]),
        ("<b>raw</b> <em>tags</em>", [TextRun("raw", .strong), TextRun(" "), TextRun("tags", .emphasis)]),
        ("a < b > c <notatag", [TextRun("a < b > c <notatag")]),
        ("caf&eacute; &mdash; &#8220;q&#8221; &bogus;", [TextRun("café — “q” &bogus;")]),
        ("![a cat](cat.png) here", [TextRun("[a cat] here")]),
    ])
    func inlineStyles(markdown: String, expected: [TextRun]) {
        #expect(runs(markdown) == expected)
    }

    @Test func linksAreNumberedWithRepeatsSharingANumber() {
        let rich = MarkdownParser.convert("""
            [one](https://a.example/) [two](<https://b.example/x y>) [one again](https://a.example/ "title")
            [ref][r] [r] [R][] [missing][nope] [js](javascript:alert(1)) [frag](#top)

            [r]: https://r.example/
            """, baseURL: nil)
        #expect(rich.links == ["https://a.example/", "https://b.example/x y", "https://r.example/"])
        #expect(rich.blocks.map(\.plainText) == [
            "one [1] two [2] one again [1] ref [3] r [3] R [3] [missing][nope] js frag",
        ])
    }

    @Test func linkTextKeepsItsEmphasis() {
        #expect(runs("[**bold** link](https://a.example/)") == [
            TextRun("bold", [.strong, .link]), TextRun(" link", .link), TextRun(" [1]"),
        ])
    }

    @Test func urlsWithParenthesesAndEscapes() {
        let rich = MarkdownParser.convert("[w](https://en.example/wiki/Foo_(bar)) [e](https://x.example/a\\_b)", baseURL: nil)
        #expect(rich.links == ["https://en.example/wiki/Foo_(bar)", "https://x.example/a_b"])
    }

    @Test func autolinksShowTheirAddress() {
        let rich = MarkdownParser.convert("<https://a.example/> and <me@b.example>", baseURL: nil)
        #expect(rich.blocks.first?.plainText == "https://a.example/ [1] and me@b.example [2]")
        #expect(rich.links == ["https://a.example/", "mailto:me@b.example"])
    }

    @Test func relativeLinksResolveAgainstTheArticleLink() throws {
        let text = "---\nlink: https://site.example/posts/one\n---\n# T\n\n[next](two) [root](/about)"
        let article = try #require(MarkdownParser.parse(text, fallbackDate: FormatTestSupport.fileTime))
        #expect(article.links == ["https://site.example/posts/two", "https://site.example/about"])
    }
}
