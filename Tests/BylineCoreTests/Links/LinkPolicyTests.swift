import BylineCore
import Foundation
import Testing

@Suite struct LinkPolicyTests {
    func checked(_ raw: String, base: String? = nil, opening: Bool = true) -> Result<CheckedLink, LinkRefusal> {
        LinkPolicy.check(raw, base: base.flatMap(URL.init(string:)), opening: opening)
    }

    func refusal(_ raw: String, base: String? = nil, opening: Bool = true) -> String? {
        if case .failure(let refusal) = checked(raw, base: base, opening: opening) { return refusal.reason }
        return nil
    }

    @Test(arguments: [
        ("https://example.com/a?b=c#d", "https"),
        ("HTTP://EXAMPLE.COM/", "http"),
        ("mailto:editor@example.com", "mailto"),
        ("file:///home/reader/news/a.txt", "file"),
        ("  https://example.com/padded \n", "https"),
    ])
    func theFourSchemesAreAllowed(raw: String, scheme: String) throws {
        let link = try checked(raw).get()
        #expect(link.scheme == scheme)
        #expect(link.url == raw.trimmingCharacters(in: .whitespacesAndNewlines), "an absolute link is passed on exactly")
    }

    @Test(arguments: ["javascript:alert(1)", "data:text/html,<script>", "vbscript:x", "ftp://example.com/f", "x-man-page://ls", "ssh://host"])
    func otherSchemesAreRefusedWithTheSchemeNamed(raw: String) throws {
        let reason = try #require(refusal(raw))
        #expect(reason.hasPrefix("Byline opens only http, https, mailto and file links"))
        #expect(reason.contains(String(raw.prefix { $0 != ":" }) + ":"))
    }

    @Test func copyingAllowsAnyWellFormedScheme() throws {
        #expect(try checked("ftp://example.com/f", opening: false).get().url == "ftp://example.com/f")
        #expect(refusal("ftp://example.com/\u{1B}]52;c;x\u{07}", opening: false) != nil, "but never hidden characters")
    }

    @Test(arguments: [
        "https://example.com/\u{1B}[2J", "https://exa\u{0}mple.com", "https://example.com/a\u{A0}b",
        "https://example.com/\u{202E}gpj.exe", "https://exam\u{200B}ple.com", "https://example.com/\u{9B}31m",
        "https://example.com/\u{7F}", "https://example.com/\ttab",
    ])
    func controlsSpacesAndInvisibleCharactersAreRefusedNotCleaned(raw: String) {
        #expect(refusal(raw) == "the link holds control or invisible characters")
    }

    @Test func relativeLinksResolveAgainstTheArticlesAddressOrFile() throws {
        #expect(try checked("../photos/1.jpg", base: "https://paper.example/news/2026/story.html").get().url
            == "https://paper.example/news/photos/1.jpg")
        #expect(try checked("/about", base: "https://paper.example/news/story").get().url == "https://paper.example/about")
        let file = URL(fileURLWithPath: "/home/reader/news/culture/fair.md")
        #expect(try LinkPolicy.check("map.html", base: file).get().url == "file:///home/reader/news/culture/map.html")
        #expect(refusal("map.html")?.contains("is relative") == true)
    }

    @Test func theBaseIsTheArticlesWebAddressElseItsFile() {
        var article = Article(title: "t", date: nil, format: .markdown, paragraphs: [])
        let path = Array("/srv/news/a.md".utf8)
        #expect(LinkPolicy.base(for: article, filePath: path)?.path == "/srv/news/a.md")
        article.link = "https://paper.example/a"
        #expect(LinkPolicy.base(for: article, filePath: path)?.absoluteString == "https://paper.example/a")
        article.link = "javascript:void(0)"
        #expect(LinkPolicy.base(for: article, filePath: path)?.isFileURL == true, "only a web address is a base")
        #expect(LinkPolicy.base(for: article, filePath: [0x2F, 0xFF, 0x61]) == nil, "a path that is not UTF-8 is no base")
    }

    @Test(arguments: ["mailto:a@b.example?attach=/home/r/.ssh/id_rsa", "mailto:a@b.example?subject=x&Attachment=~/.gnupg",
                      "mailto:a@b.example?%61ttach=/etc/passwd"])
    func aMailtoLinkThatAttachesFilesIsRefused(raw: String) {
        #expect(refusal(raw) == "the mailto link asks to attach files")
        #expect(refusal("mailto:a@b.example?subject=attach%20this") == nil, "a subject may say attach")
    }

    @Test func aSpaceInsideIsEscapedAsABrowserWould() throws {
        #expect(try checked(" https://example.com/a b ").get().url == "https://example.com/a%20b")
    }

    @Test func aWebLinkNeedsAHostAndNothingIsTooLong() {
        #expect(refusal("https:///path")?.contains("names no host") == true)
        #expect(refusal("https://example.com/" + String(repeating: "a", count: 9000))?.contains("longer than") == true)
        #expect(refusal("   ") == "the link is empty")
    }

    @Test(arguments: ["-rf", "--remote=evil", "-https://example.com", "–https://example.com"])
    func nothingThatCouldPassForAnOptionIsEverAllowed(raw: String) {
        if case .success(let link) = checked(raw, base: "https://paper.example/") {
            #expect(!link.url.hasPrefix("-"), "resolved against the base, it starts with the scheme")
        }
        if case .success(let link) = checked(raw) { Issue.record("\(link.url) passed without a base") }
    }
}
