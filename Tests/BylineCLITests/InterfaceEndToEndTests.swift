import BylineTestSupport
import Foundation
import Testing

/// The built binary in a real terminal: tmux runs it, keys go in with send-keys, the screen comes
/// back with capture-pane.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct InterfaceEndToEndTests {
    let library: TemporaryLibrary
    let state: String

    init() throws {
        library = try TemporaryLibrary(copying: "news")
        state = library.sibling("state.sqlite")
    }

    func start(width: Int = 120, height: Int = 40, extra: [String] = [], shellSuffix: String? = nil) throws -> TmuxSession {
        let binary = ProcessRunner.executable("byline").path
        var command = [binary, library.path, "--state", state] + extra
        if let shellSuffix {
            command = ["bash", "-c", command.map(shellQuote).joined(separator: " ") + "; " + shellSuffix]
        }
        return try TmuxSession(command: command, width: width, height: height, environment: ["TZ": "UTC"])
    }

    /// The list as the command line sees it: titles newest first, and read flags.
    func listed() throws -> [(id: String, title: String, read: Bool)] {
        let outcome = try ProcessRunner.run(
            ProcessRunner.executable("byline"), ["list", library.path, "--json", "--state", state])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        return array.map { ($0["id"] as? String ?? "", $0["title"] as? String ?? "", $0["read"] as? Bool ?? false) }
    }

    func firstParagraph(_ id: String) throws -> String {
        let outcome = try ProcessRunner.run(
            ProcessRunner.executable("byline"), ["show", library.path, id, "--json", "--state", state])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        return try #require((object["body"] as? [String])?.first)
    }

    @Test func theListAppearsThenEnterShowsTheArticleAndNMovesOn() throws {
        let stories = try listed()
        let tmux = try start()
        let screen = try tmux.waitFor("Sections")
        #expect(screen.contains("All — \(stories.count) stories, \(stories.count) unread"))
        #expect(screen.contains("science"))

        try tmux.sendKeys("Enter")
        let opening = String(try firstParagraph(stories[0].id).prefix(30))
        try tmux.waitFor(opening)
        try tmux.waitFor("\(stories.count - 1) unread / \(stories.count) · 1/\(stories.count)")

        try tmux.sendKeys("n")
        try tmux.waitFor("\(stories.count - 2) unread / \(stories.count) · 2/\(stories.count)")
        try tmux.waitFor(String(try firstParagraph(stories[1].id).prefix(30)))

        try tmux.sendKeys("Q")
        #expect(try tmux.waitForExit() == 0)
        let after = try listed()
        #expect(after[0].read && after[1].read && !after[2].read)

        let again = try start()
        try again.waitFor("\(stories.count - 2) unread / \(stories.count)")
    }

    @Test func aStarredStoryIsInStarredAndStaysStarredAfterARestart() throws {
        let stories = try listed()
        let tmux = try start()
        try tmux.waitFor("Sections")
        try tmux.sendKeys("j", "s")
        let marked = try tmux.waitFor("N* ")
        #expect(marked.contains(/Starred +1 │/), "the section list counts it")
        // To the section list, down past All and Unread to Starred, and in.
        try tmux.sendKeys("Escape", "j", "j", "Enter")
        let starred = try tmux.waitFor("Starred — 1 story, 1 unread")
        #expect(starred.contains("N* "), "the star beside the unread mark")
        #expect(starred.contains(String(stories[1].title.prefix(20))))
        #expect(!starred.contains(String(stories[0].title.prefix(20))), "only the starred story is listed")
        try tmux.sendKeys("Q")
        #expect(try tmux.waitForExit() == 0)

        let outcome = try ProcessRunner.run(
            ProcessRunner.executable("byline"), ["list", library.path, "--starred", "--json", "--state", state])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        #expect(array.compactMap { $0["id"] as? String } == [stories[1].id])
        let again = try start()
        #expect(try again.waitFor("N* ").contains(/Starred +1 │/))
        try again.sendKeys("Q")
        #expect(try again.waitForExit() == 0)
    }

    @Test func theListsOrderIsKeptForTheNextRun() throws {
        let tmux = try start()
        try tmux.waitFor("Sections")
        try tmux.sendKeys("o")
        try tmux.waitFor("Sorted oldest first")
        try tmux.sendKeys("o")
        try tmux.waitFor("unread · by title")
        try tmux.sendKeys("Q")
        #expect(try tmux.waitForExit() == 0)
        let again = try start()
        try again.waitFor("unread · by title")
        try again.sendKeys("Q")
        #expect(try again.waitForExit() == 0)
    }

    @Test func typingAFilterNarrowsTheListAndEscBringsItBack() throws {
        let stories = try listed()
        let cafe = try #require(stories.first { $0.title.contains("Café") })
        let tmux = try start()
        try tmux.waitFor("Sections")
        try tmux.sendKeys("/", "c", "a", "f", "e")
        let filtered = try tmux.waitFor("match /cafe")
        #expect(filtered.contains(String(cafe.title.prefix(30))), "cafe finds Café")
        #expect(filtered.contains(" /cafe_"))
        try tmux.sendKeys("Enter")
        try tmux.waitFor(" · /cafe")
        try tmux.sendKeys("Escape")
        try tmux.waitFor("All — \(stories.count) stories")
        try tmux.sendKeys("Q")
        #expect(try tmux.waitForExit() == 0)
    }

    /// The index is built behind the interface after its first scan: the search is asked again
    /// until it no longer says stories are waiting for it.
    @Test func searchingListsResultsWithSnippetsAndOpeningOneMarksItsWords() throws {
        let tmux = try start()
        try tmux.waitFor("Sections")
        var screen = ""
        for _ in 0..<20 {
            try tmux.sendKeys("S")
            try tmux.waitFor(" Search: _")
            try tmux.sendText("\"harbor strike\"")
            try tmux.waitFor(" Search: \"harbor strike\"_")
            try tmux.sendKeys("Enter")
            screen = try tmux.waitFor("Search: \"harbor strike\" — ")
            if !screen.contains("not indexed yet") && !screen.contains("still being built") { break }
            Thread.sleep(forTimeInterval: 0.25)
        }
        #expect(screen.contains("Search: \"harbor strike\" — 2 stories, best first"), "\(screen)")
        let lines = screen.components(separatedBy: "\n")
        let best = try #require(lines.firstIndex { $0.contains("Eleven-Day Harbor Strike Ends") })
        let other = try #require(lines.firstIndex { $0.contains("A Note From the Editors") })
        #expect(best < other, "a title match ranks first")
        #expect(lines[other + 1].contains("…fortnight in November: a harbor strike"), "a snippet goes under the title")
        #expect(screen.contains(">Search: \"harbor str"), "the results' section is selected")

        try tmux.sendKeys("Enter")
        try tmux.waitFor("Article ")
        // The phrase is marked (bold reverse) where the article has it.
        let escapes = try tmux.capture(withEscapes: true)
        #expect(escapes.contains("\u{1B}[1;7m") && escapes.contains("Harbor Strike"), "the match is drawn bold and reverse")
        try tmux.sendKeys("f")
        try tmux.sendKeys("Q")
        #expect(try tmux.waitForExit() == 0)
        let read = try listed().filter(\.read).map(\.title)
        #expect(read == ["Port of Castlereach Reopens as Eleven-Day Harbor Strike Ends"], "opening the result marked it read")
    }

    @Test func resizingReLaysOutToOnePane() throws {
        let tmux = try start()
        try tmux.waitFor("Sections")
        try tmux.sendKeys("j", "j")
        try tmux.waitFor("· 3/")
        try tmux.resize(width: 60, height: 20)
        // The stale wide frame, cropped by tmux, still shows the divider: wait for the new layout.
        let narrow = try tmux.waitUntil { !$0.contains("│") && $0.contains("· 3/") }
        #expect(!narrow.contains("Sections"))
        #expect(narrow.split(separator: "\n").first?.hasPrefix(" Byline") == true)
        try tmux.resize(width: 120, height: 40)
        try tmux.waitUntil { $0.contains("Sections") && $0.contains("· 3/") }
    }

    @Test func ctrlCLeavesACleanShell() throws {
        let tmux = try start(shellSuffix: "echo \"status=$?\"; stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo; sleep 30")
        try tmux.waitFor("Sections")
        try tmux.sendKeys("j", "Enter")
        // Ctrl-C is a signal and overtakes keys still queued, so wait until Enter has been read
        // (the preview header gives way to the article's).
        try tmux.waitUntil { $0.contains(" min read") && !$0.contains("Preview — Enter opens it") }
        try tmux.sendKeys("C-c")
        // The shell prints the status, then the terminal modes: wait for both.
        let screen = try tmux.waitUntil { $0.contains("status=") && $0.contains("icanon") }
        #expect(screen.contains("status=130"))
        #expect(screen.contains("icanon echo"), "the terminal is back in cooked mode with echo")
        #expect(!screen.contains("Sections"), "the interface's screen is gone")
        #expect(try listed().filter(\.read).count == 1, "the story opened before Ctrl-C stays read")
    }

    @Test func articleEscapeSequencesHaveNoEffect() throws {
        try library.write(
            "world/hostile.txt",
            "Evil \u{1B}]0;pwned\u{07}headline\u{1B}[2J\n\nPosted December 31st, 2030 at 9:00 am (UTC)\n\n"
                + "Body \u{1B}[31mred\u{1B}[0m \u{1B}]8;;http://evil.example\u{1B}\\link\u{1B}]8;;\u{1B}\\ "
                + "\u{1B}]52;c;cHduZWQ=\u{07}clip \u{9B}1;1H home \u{202E}reversed\n")
        let raw = library.sibling("raw-output")
        let tmux = try start()
        try tmux.startRecordingOutput(to: raw)
        try tmux.waitFor("Sections")
        try tmux.sendKeys("Enter")
        let screen = try tmux.waitFor("Evil headline")
        #expect(screen.contains("Body red link clip home reversed"))
        #expect(try tmux.paneTitle() != "pwned")
        try tmux.sendKeys("Q")
        _ = try tmux.waitForExit()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: raw))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("pwned"), "no OSC title write reached the terminal")
        #expect(!text.contains("evil.example"), "no OSC 8 hyperlink")
        #expect(!text.contains("cHduZWQ"), "no OSC 52 clipboard write")
        #expect(!bytes.contains(0x9B) && !text.contains("\u{202E}"))
    }

    @Test func outsideAUTF8LocaleItSaysSoInsteadOfDrawing() throws {
        let binary = ProcessRunner.executable("byline").path
        let tmux = try TmuxSession(
            command: ["env", "LANG=C", "LC_ALL=C", binary, library.path, "--state", state], width: 80, height: 10)
        try tmux.waitFor("UTF-8")
        #expect(try tmux.waitForExit() == 1)
    }
}

private func shellQuote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
