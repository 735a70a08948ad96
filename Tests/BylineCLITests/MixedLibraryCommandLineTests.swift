import BylineTestSupport
import Foundation
import Testing

/// `list --json` and `show --json` on the sample library, which holds every format: each
/// non-plain-text article with its exact metadata.
@Suite struct MixedLibraryCommandLineTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var path: String
        var format: String
        var title: String
        var date: String
        var section: String
        var author: String?
        var link: String?
        var links: [String] = []
        var firstParagraph: String

        var testDescription: String { path }
    }

    static let expected: [Expected] = [
        Expected(
            path: "culture/harrow-falls-winter-fair.md", format: "markdown",
            title: "Harrow Falls Winter Fair: What to See, Eat and Skip", date: "2026-11-28T10:15:00-05:00",
            section: "culture", author: "Priya Raman", link: "https://harrowfalls.example/news/winter-fair-guide",
            links: ["https://harrowfalls.example/fair", "https://transit.harrowfalls.example/shuttle"],
            firstParagraph: "The winter fair returns to the old rail yard this weekend, with eighty stalls, a skating "
                + "rink and — for the first time — a night market that runs until eleven. We walked the grounds on "
                + "Friday while the last stalls went up; here is what is worth your evening."),
        Expected(
            path: "tech/library-terminal-classes.html", format: "html",
            title: "Library Terminal Classes Fill Up in a Day", date: "2026-11-25T16:30:00+01:00",
            section: "tech", author: "Jonas Weber", link: "https://herald.example/tech/library-terminal-classes",
            links: ["https://library.example/courses/command-line", "https://library.example/notes/cli"],
            firstParagraph: "By Jonas Weber · 25 November 2026"),
        Expected(
            path: "business/harbor-authority-results.eml", format: "message",
            title: "Press release: Harbor Authority reports record autumn traffic", date: "2026-11-27T14:00:00+01:00",
            section: "business", author: "Harbor Authority Press Office",
            links: ["https://harbor-authority.example/stats"],
            firstParagraph: "Harbor Authority reports record autumn traffic"),
        Expected(
            path: "letters/cur/1764403200.M101P7.herald:2,S", format: "message",
            title: "Letter: The ferry timetable — again", date: "2026-11-29T08:00:00-05:00",
            section: "letters", author: "Renée Tremblay", firstParagraph: "Dear editor,"),
        Expected(
            path: "feeds/harbor-gazette.rss", format: "feed",
            title: "Night Ferry Gets a Second Crossing for the Holidays", date: "2026-11-29T18:45:00-03:30",
            section: "feeds/Harbor Gazette", author: "Siobhán Kelly",
            link: "https://harborgazette.example/2026/11/night-ferry-second-crossing",
            links: ["https://ferries.example/bell-island/holidays"],
            firstParagraph: "The night ferry between the harbor and Bell Island will add a second crossing at 23:30 "
                + "from December 18th to January 4th, the operator said on Sunday."),
        Expected(
            path: "feeds/science-notes.atom", format: "feed",
            title: "Why the Dome Stays Shut Below −10 °C", date: "2026-11-24T08:30:00+09:00",
            section: "feeds/Field Notes from the Observatory", author: "山田 花子 (Hanako Yamada)",
            link: "https://observatory.example/notes/2026/cold-dome",
            firstParagraph: "The dome's drive motor was built for a milder site. Below minus ten its grease thickens "
                + "and the shutter stalls half-open, which is worse than not opening at all."),
        Expected(
            path: "letters/new/1764489600.M202P7.herald", format: "message",
            title: "Letter: In praise of the letterpress", date: "2026-11-30T09:30:00+00:00",
            section: "letters", author: "Tomás Ó Briain", firstParagraph: "Sir,"),
    ]

    let library: TemporaryLibrary
    let state: String

    init() throws {
        library = try TemporaryLibrary(copying: "news")
        state = library.sibling("state.sqlite")
    }

    func json(_ arguments: [String]) throws -> Any {
        let outcome = try ProcessRunner.run(
            ProcessRunner.executable("byline"), arguments + ["--json", "--state", state], environment: ["TZ": "UTC"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8))
    }

    @Test(arguments: expected)
    func listAndShowGiveTheArticlesMetadata(_ expected: Expected) throws {
        let list = try #require(try json(["list", library.path]) as? [[String: Any]])
        let entry = try #require(
            list.first { $0["path"] as? String == expected.path && $0["title"] as? String == expected.title }, "listed")
        #expect(entry["format"] as? String == expected.format)
        #expect(entry["title"] as? String == expected.title)
        #expect(entry["date"] as? String == expected.date)
        #expect(entry["dateEstimated"] as? Bool == false)
        #expect(entry["section"] as? String == expected.section)
        #expect(entry["author"] as? String == expected.author)
        #expect(entry["link"] as? String == expected.link)

        let id = try #require(entry["id"] as? String)
        let shown = try #require(try json(["show", library.path, id]) as? [String: Any])
        #expect(shown["links"] as? [String] ?? [] == expected.links)
        #expect((shown["body"] as? [String])?.first == expected.firstParagraph)
    }

    @Test func everyFormatIsInTheSampleLibraryAndNothingIsSkipped() throws {
        let list = try #require(try json(["list", library.path]) as? [[String: Any]])
        #expect(Set(list.compactMap { $0["format"] as? String }) == ["text", "markdown", "html", "feed", "message"])
        let check = try ProcessRunner.run(
            ProcessRunner.executable("byline"), ["check", library.path, "--state", state])
        #expect(check.status == 0)
        #expect(check.stdout.contains("0 files skipped"), "\(check.stdout)")
    }
}
