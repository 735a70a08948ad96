import BylineTestSupport
import Foundation
import Testing

/// The built `byline` binary on a copy of the sample library, with its own state file.
@Suite struct CommandLineTests {
    let library: TemporaryLibrary
    let state: String

    init() throws {
        library = try TemporaryLibrary(copying: "news")
        state = library.sibling("state.sqlite")
    }

    @discardableResult
    func byline(_ arguments: String...) throws -> ProcessRunner.Outcome {
        try ProcessRunner.run(
            ProcessRunner.executable("byline"), arguments + ["--state", state], environment: ["TZ": "UTC"])
    }

    func listJSON(_ extra: String...) throws -> [[String: Any]] {
        let outcome = try ProcessRunner.run(
            ProcessRunner.executable("byline"), ["list", library.path, "--json", "--state", state] + extra)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let parsed = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8))
        return try #require(parsed as? [[String: Any]])
    }

    @Test func listPrintsEveryArticleNewestFirstAllUnread() throws {
        let outcome = try byline("list", library.path)
        #expect(outcome.status == 0)
        #expect(outcome.stderr.isEmpty)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count >= 20)
        #expect(lines.allSatisfy { $0.hasPrefix("N ") })
        let dates = lines.map { $0.split(separator: " ")[2] + " " + $0.split(separator: " ")[3] }
        let undatedDropped = dates.filter { !$0.hasSuffix("~") }
        #expect(undatedDropped == undatedDropped.sorted(by: >))
    }

    @Test func searchPrintsTheBestFirstWithSnippetsAndJSONAddsSnippetAndRank() throws {
        let outcome = try byline("search", library.path, "harbor", "strike")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasSuffix("Port of Castlereach Reopens as Eleven-Day Harbor Strike Ends") == true, "\(outcome.stdout)")
        #expect(lines.count > 1 && lines[1].hasPrefix("    ") && lines[1].lowercased().contains("strike"))

        let json = try ProcessRunner.run(
            ProcessRunner.executable("byline"), ["search", library.path, "cafe", "--json", "--state", state])
        #expect(json.status == 0, "\(json.stderr)")
        let results = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(!results.isEmpty)
        let listKeys = try Set(listJSON().first?.keys.map { $0 } ?? []).subtracting(["author", "link"])
        for result in results {
            #expect(Set(result.keys).isSuperset(of: listKeys.union(["snippet", "rank"])))
            #expect((result["rank"] as? Double ?? 0) > 0)
        }
        let ranks = results.compactMap { $0["rank"] as? Double }
        #expect(ranks == ranks.sorted(by: >), "best first")
        #expect(results.contains { ($0["title"] as? String)?.contains("Café") == true }, "cafe finds Café")

        let none = try byline("search", library.path, "zyzzyva")
        #expect(none.status == 0 && none.stdout.isEmpty && none.stderr.contains("no articles match"))
        // After --, a leading dash is the query's: a word to leave out, and nothing else.
        let bad = try ProcessRunner.run(
            ProcessRunner.executable("byline"), ["search", "--state", state, library.path, "--", "-harbor"])
        #expect(bad.status != 0 && bad.stderr.contains("nothing to search for"))
    }

    @Test func listJSONHasTheDocumentedKeysAndTypes() throws {
        let articles = try listJSON()
        #expect(articles.count >= 20)
        let required: Set = ["id", "title", "date", "dateEstimated", "section", "path", "format", "read", "starred", "words"]
        for article in articles {
            #expect(Set(article.keys).subtracting(["author", "link"]) == required)
            #expect(article["id"] is String && article["title"] is String && article["section"] is String)
            #expect(article["path"] is String)
            #expect(["text", "markdown", "html", "feed", "message"].contains(article["format"] as? String ?? ""))
            #expect(article["author"] == nil || article["author"] is String)
            #expect(article["link"] == nil || article["link"] is String)
            #expect(article["read"] as? Bool == false && article["dateEstimated"] is Bool)
            #expect((article["words"] as? Int ?? 0) > 0)
            let date = try #require(article["date"] as? String)
            #expect(date.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d/) != nil, "\(date)")
        }
        #expect(articles.filter { $0["dateEstimated"] as? Bool == true }.count == 1)
        #expect(Set(articles.compactMap { $0["section"] as? String }).isSuperset(of: ["world", "science/space"]))
    }

    @Test func markThenListShowsTheArticleReadAcrossRuns() throws {
        let first = try #require(try listJSON().first)
        let id = try #require(first["id"] as? String)
        let marked = try byline("mark", library.path, id, "--read")
        #expect(marked.status == 0, "\(marked.stderr)")
        #expect(marked.stdout == "marked 1 of 1 article read\n")

        let again = try listJSON()
        #expect(again.first { $0["id"] as? String == id }?["read"] as? Bool == true)
        #expect(try listJSON("--unread").allSatisfy { $0["id"] as? String != id })
        #expect(try byline("list", library.path).stdout.split(separator: "\n").first?.hasPrefix("   \(id)") == true)

        #expect(try byline("mark", library.path, String(id.prefix(6)), "--unread").status == 0)
        #expect(try listJSON().first { $0["id"] as? String == id }?["read"] as? Bool == false)
    }

    @Test func starThenListStarredAcrossRuns() throws {
        let first = try #require(try listJSON().first)
        let id = try #require(first["id"] as? String)
        #expect(first["starred"] as? Bool == false)
        let starred = try byline("mark", library.path, id, "--star")
        #expect(starred.status == 0, "\(starred.stderr)")
        #expect(starred.stdout == "starred 1 of 1 article\n")
        #expect(try listJSON("--starred").compactMap { $0["id"] as? String } == [id])
        #expect(try byline("list", library.path, "--starred").stdout.hasPrefix("N* \(id)"))
        let both = try byline("mark", library.path, id, "--read", "--unstar")
        #expect(both.stdout == "marked 1 of 1 article read\nunstarred 1 of 1 article\n")
        #expect(try listJSON("--starred").isEmpty)
        #expect(try byline("mark", library.path, id).status != 0, "a mark must be named")
    }

    @Test func markAllInASectionIncludesNestedSections() throws {
        let outcome = try byline("mark", library.path, "--all", "--section", "science", "--read")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let articles = try listJSON()
        for article in articles {
            let section = article["section"] as? String ?? ""
            let inScience = section == "science" || section.hasPrefix("science/")
            #expect(article["read"] as? Bool == inScience, "\(section)")
        }
        #expect(try listJSON("--section", "science/space").allSatisfy { $0["section"] as? String == "science/space" })
    }

    @Test func showPrintsTitleDateSectionAndBody() throws {
        let article = try #require(try listJSON().first { ($0["words"] as? Int ?? 0) < 2_000 })
        let id = try #require(article["id"] as? String)
        let outcome = try byline("show", library.path, id)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.components(separatedBy: "\n")
        #expect(lines[0] == article["title"] as? String)
        #expect(lines[1].hasPrefix("Date: "))
        #expect(lines[2] == "Section: \(article["section"] as? String ?? "")")
        #expect(lines[3] == "")
        #expect(lines.count > 6)

        let json = try byline("show", library.path, id, "--json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let body = try #require(object["body"] as? [String])
        #expect(body.count >= 2)
        #expect(body.allSatisfy { !$0.contains("\n") })
        #expect(object["title"] as? String == article["title"] as? String)
    }

    @Test(arguments: [
        (["list", "/no/such/library"], "library not found: /no/such/library"),
        (["show", "LIBRARY", "ffffffffffff"], "no article with id ffffffffffff in this library"),
        (["mark", "LIBRARY", "ffffffffffff", "--read"], "no article with id ffffffffffff in this library"),
        (["list", "LIBRARY", "--section", "nowhere"], "no section nowhere in this library"),
        (["list", "FILE"], "not a folder"),
        (["stats", "/no/such/library"], "library not found: /no/such/library"),
    ])
    func errorsAreOneClearLineAndANonZeroExit(arguments: [String], message: String) throws {
        let file = try library.write("../a-file.txt", "x").path
        let resolved = arguments.map { $0 == "LIBRARY" ? library.path : $0 == "FILE" ? file : $0 }
        let outcome = try ProcessRunner.run(ProcessRunner.executable("byline"), resolved + ["--state", state])
        #expect(outcome.status != 0)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
        #expect(outcome.stderr.split(separator: "\n").count == 1, "\(outcome.stderr)")
    }

    @Test func badArgumentsFailWithUsage() throws {
        let outcome = try byline("mark", library.path, "--read")
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("give article ids, or --all"))
    }

    @Test func checkListsSkippedFilesAndExitsZero() throws {
        try library.write("world/broken.txt", bytes: [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 0])
        try library.write("notes.pdf", "%PDF")
        let outcome = try byline("check", library.path)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("world/broken.txt: binary file, not text\n"))
        #expect(outcome.stdout.contains("notes.pdf: not an article file (unknown extension)\n"))
        #expect(outcome.stdout.contains("2 files skipped"))
    }

    @Test func stateDefaultsToTheXDGDataFolder() throws {
        let data = library.sibling("xdg-data")
        let outcome = try ProcessRunner.run(
            ProcessRunner.executable("byline"), ["list", library.path], environment: ["XDG_DATA_HOME": data])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(FileManager.default.fileExists(atPath: data + "/byline/byline.sqlite"))
    }
}
