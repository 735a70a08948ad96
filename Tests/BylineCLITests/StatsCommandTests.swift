import BylineTestSupport
import Foundation
import Testing

/// `byline stats` on a small library of every format, with marks made by `byline mark`.
@Suite struct StatsCommandTests {
    let library: TemporaryLibrary
    let state: String
    /// A section named by a folder that carries a colour escape; printed, it must lose it.
    static let hostileSection = "red\u{1B}[31malert"

    init() throws {
        library = try TemporaryLibrary()
        state = library.sibling("state.sqlite")
        try library.write("front-page.txt", Self.story("Front page"))
        try library.write("world/harbor.txt", Self.story("Harbor reopens"))
        try library.write("world/ferry.txt", Self.story("Ferry delayed"))
        try library.write("world/guide.md", "# Winter guide\n\nWhat to see.\n")
        try library.write("tech/page.html", "<html><head><title>Wi-Fi vote</title></head><body><p>Council votes.</p></body></html>")
        try library.write("feeds/gazette.rss", """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>
            <item><title>Night ferry</title><guid>g1</guid><pubDate>Fri, 03 Jun 2011 16:10:00 -0500</pubDate>\
            <description>A second crossing.</description></item>
            <item><title>Fish plant</title><guid>g2</guid><pubDate>Sat, 04 Jun 2011 16:10:00 -0500</pubDate>\
            <description>A new contract.</description></item>
            </channel></rss>
            """)
        try library.write("business/release.eml", """
            From: Press Office <press@example.com>
            Subject: Record autumn traffic
            Date: Fri, 3 Jun 2011 16:10:00 -0500
            Message-ID: <release-1@example.com>

            The harbor had its busiest autumn.

            """)
        try library.write(Self.hostileSection + "/story.txt", Self.story("Storm warning"))
        try library.write("world/broken.txt", bytes: [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 0])
        try library.write("notes.pdf", "%PDF")
    }

    static func story(_ title: String) -> String {
        "\(title)\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\nThe harbor was busy today.\n"
    }

    func byline(_ arguments: String...) throws -> ProcessRunner.Outcome {
        let outcome = try ProcessRunner.run(ProcessRunner.executable("byline"), arguments + ["--state", state])
        #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
        return outcome
    }

    /// Four marked read (the folder `world`, one feed item), two starred (one read, one not).
    func markSome() throws {
        let json = try byline("list", library.path, "--json")
        let articles = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        func id(titled title: String) throws -> String {
            try #require(articles.first { $0["title"] as? String == title }?["id"] as? String, "\(title)")
        }
        #expect(try byline("mark", library.path, "--all", "--section", "world", "--read").stdout == "marked 3 of 3 articles read\n")
        #expect(try byline("mark", library.path, id(titled: "Night ferry"), "--read", "--star").stdout
            == "marked 1 of 1 article read\nstarred 1 of 1 article\n")
        #expect(try byline("mark", library.path, id(titled: "Front page"), "--star").stdout == "starred 1 of 1 article\n")
    }

    func statsJSON() throws -> [String: Any] {
        let outcome = try byline("stats", library.path, "--json")
        #expect(!outcome.stdoutBytes.contains(0x1B), "control characters are escaped in JSON")
        return try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    }

    @Test func theTableCountsEverythingWithSectionNamesSanitized() throws {
        try markSome()
        let outcome = try byline("stats", library.path)
        #expect(outcome.stderr.isEmpty)
        #expect(!outcome.stdoutBytes.contains(0x1B), "no escape reaches the terminal")
        let lines = outcome.stdout.components(separatedBy: "\n")
        try #require(lines.count == 23, "\(outcome.stdout)")
        // The index's size depends on SQLite's pages: only its form is fixed.
        #expect(lines[20].wholeMatch(of: /index cache      \d+(\.\d)? (bytes|KB|MB)/) != nil, "\(lines[20])")
        #expect(Array(lines[..<20] + lines[21...]) == [
            "articles       9",
            "unread         5",
            "starred        2",
            "skipped files  2",
            "",
            "section        articles  unread",
            ".                     1       1",
            "business              1       1",
            "feeds/Gazette         2       1",
            "redalert              1       1",
            "tech                  1       1",
            "world                 3       0",
            "",
            "format    articles",
            "text             4",
            "markdown         1",
            "html             1",
            "feed             2",
            "message          1",
            "",
            "full-text index  not built (byline search builds it)",
            "",
        ], "\(outcome.stdout)")
    }

    @Test func theJSONHasStableKeysAndTheSameCounts() throws {
        try markSome()
        let stats = try statsJSON()
        #expect(Set(stats.keys) == ["articles", "unread", "starred", "skipped", "sections", "formats", "index"])
        #expect(stats["articles"] as? Int == 9)
        #expect(stats["unread"] as? Int == 5)
        #expect(stats["starred"] as? Int == 2)
        #expect(stats["skipped"] as? Int == 2)
        let sections = try #require(stats["sections"] as? [[String: Any]])
        #expect(sections.map { $0["section"] as? String ?? "?" }
            == ["", "business", "feeds/Gazette", Self.hostileSection, "tech", "world"])
        #expect(sections.map { $0["articles"] as? Int ?? -1 } == [1, 1, 2, 1, 1, 3])
        #expect(sections.map { $0["unread"] as? Int ?? -1 } == [1, 1, 1, 1, 1, 0])
        #expect(sections.allSatisfy { Set($0.keys) == ["section", "articles", "unread"] })
        #expect(stats["formats"] as? [String: Int] == ["text": 4, "markdown": 1, "html": 1, "feed": 2, "message": 1])
        let index = try #require(stats["index"] as? [String: Any])
        #expect(Set(index.keys) == ["cacheBytes", "searchBytes"])
        #expect((index["cacheBytes"] as? Int ?? 0) > 0)
        #expect(index["searchBytes"] is NSNull, "no search has built the full-text index yet")
    }

    @Test func theFullTextIndexShowsOnceASearchHasBuiltIt() throws {
        _ = try byline("search", library.path, "harbor")
        let index = try #require(try statsJSON()["index"] as? [String: Any])
        let cache = try #require(index["cacheBytes"] as? Int)
        let search = try #require(index["searchBytes"] as? Int)
        #expect(search > 0 && search < cache, "the full-text index is part of the index cache's file")
        let table = try byline("stats", library.path).stdout
        #expect(table.contains(/\nfull-text index  \d+(\.\d)? (bytes|KB|MB) of it\n/), "\(table)")
    }
}
