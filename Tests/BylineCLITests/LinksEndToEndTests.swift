import BylineTestSupport
import Foundation
import Testing

/// Links and other programs in a real terminal: a fake $BROWSER, $PAGER and $EDITOR (shell
/// scripts that record what they were given) stand in for the real ones.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct LinksEndToEndTests {
    let library: TemporaryLibrary
    let state: String
    let canary: String
    let hostileURL: String

    init() throws {
        library = try TemporaryLibrary()
        state = library.sibling("state.sqlite")
        canary = library.sibling("pwned")
        // Quotes, $(...), backticks and ; — each would run `touch` if a shell saw the link.
        hostileURL = "https://e.example/a'b\"c$(touch${IFS}\(canary))`touch${IFS}\(canary)`;touch${IFS}\(canary)"
        let href = hostileURL.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
        try library.write("links.html", """
            <html><head><title>Hostile links</title>
            <link rel="canonical" href="https://paper.example/hostile"></head>
            <body><article><h1>Hostile links</h1>
            <p>A <a href="\(href)">trap</a>, a <a href="smb://attacker.example/share">share</a>
            and a <a href="mailto:editor@paper.example">letter</a>.</p></article></body></html>
            """)
        for name in ["browser", "pager", "editor"] {
            // Arguments one per line between < and >, then standard input.
            try """
            for argument in "$@"; do printf '<%s>\\n' "$argument"; done > "\(recording(name))"
            [ -t 0 ] || cat >> "\(recording(name))"
            """.write(toFile: library.sibling(name), atomically: true, encoding: .utf8)
        }
    }

    func recording(_ name: String) -> String { library.sibling(name + ".txt") }

    func recorded(_ name: String) -> String? { try? String(contentsOfFile: recording(name), encoding: .utf8) }

    func start(browser: String? = nil) throws -> TmuxSession {
        let binary = ProcessRunner.executable("byline").path
        // Run by /bin/sh, not exec'd: a script just written can be busy (ETXTBSY) for an
        // instant while other tests start programs.
        return try TmuxSession(command: [binary, library.path, "--state", state], environment: [
            "TZ": "UTC", "BROWSER": browser ?? "/bin/sh \(library.sibling("browser"))", "PAGER": "/bin/sh \(library.sibling("pager"))",
            "EDITOR": "/bin/sh \(library.sibling("editor"))", "VISUAL": "",
        ])
    }

    func waitForFile(_ name: String) throws -> String {
        for _ in 0..<200 {
            if let text = recorded(name), !text.isEmpty { return text }
            usleep(50_000)
        }
        throw TmuxError.commandFailed(arguments: ["wait for \(name)"], status: 1, output: "never written")
    }

    @Test func theLinkViewOpensAHostileLinkAsOneLiteralArgumentAndRefusesAScript() throws {
        let tmux = try start()
        try tmux.waitFor("Hostile links")
        try tmux.sendKeys("Enter", "L")
        let view = try tmux.waitFor("Links — Hostile links")
        #expect(view.contains("[0] https://paper.example/hostile  (the article's own link)"))
        #expect(view.contains("[2] smb://attacker.example/share"))
        #expect(view.contains("[3] mailto:editor@paper.example"))

        try tmux.sendKeys("1")
        try tmux.waitFor("Opened https://e.example/")
        #expect(try waitForFile("browser") == "<\(hostileURL)>\n")
        #expect(!FileManager.default.fileExists(atPath: canary), "no shell saw the link")

        try tmux.sendKeys("L", "2")
        let refused = try tmux.waitFor("Not opened")
        #expect(refused.contains("Byline opens only http, https, mailto"))
        #expect(refused.contains("Links — Hostile links"), "the view stays open")

        // Esc closes the view; `o` while reading opens the article's own link.
        try tmux.sendKeys("Escape", "o")
        try tmux.waitFor("Opened https://paper.example/hostile")
        #expect(try waitForFile("browser") == "<https://paper.example/hostile>\n")
        try tmux.sendKeys("Q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func yCopiesThroughOSC52AndPipePagerAndEditorGetTheArticle() throws {
        let tmux = try start()
        try tmux.acceptClipboardWrites()
        try tmux.waitFor("Hostile links")
        try tmux.sendKeys("Enter", "L", "j", "j", "y")
        try tmux.waitFor("Copied mailto:editor@paper.example")
        #expect(try tmux.clipboard() == "mailto:editor@paper.example")

        try tmux.sendKeys("Escape", "|")
        try tmux.waitFor("Pipe text to: _")
        try tmux.sendText("tr a-z A-Z > \(library.sibling("piped.txt")); echo piped")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Press Enter to return to Byline.")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Piped the story to tr a-z A-Z")
        let piped = try String(contentsOfFile: library.sibling("piped.txt"), encoding: .utf8)
        #expect(piped.hasPrefix("HOSTILE LINKS\n"))
        #expect(piped.contains("[1] HTTPS://E.EXAMPLE/A'B\"C$(TOUCH${IFS}"))

        try tmux.sendKeys("v")
        let paged = try waitForFile("pager")
        #expect(paged.hasPrefix("Hostile links\nDate: "))
        try tmux.waitFor("Article")

        try tmux.sendKeys("e")
        #expect(try waitForFile("editor") == "<\(library.url.appendingPathComponent("links.html").path)>\n")
        let back = try tmux.waitFor("Article")
        #expect(back.contains("A trap [1], a share [2]"), "the screen is drawn again after the editor")
        try tmux.sendKeys("Q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func aBrowserThatFailsGivesWayToTheNextInBrowser() throws {
        let tmux = try start(browser: "/nonexistent/browser:/bin/false:/bin/sh \(library.sibling("browser"))")
        try tmux.waitFor("Hostile links")
        try tmux.sendKeys("Enter", "o")
        try tmux.waitFor("Opened https://paper.example/hostile with /bin/sh")
        #expect(try waitForFile("browser") == "<https://paper.example/hostile>\n")
        try tmux.sendKeys("Q")
        #expect(try tmux.waitForExit() == 0)
    }
}
