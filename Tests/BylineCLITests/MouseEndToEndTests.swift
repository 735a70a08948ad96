import BylineTestSupport
import Foundation
import Testing

/// The mouse in a real terminal: tmux passes the reports a terminal would send (see
/// `TmuxSession+Mouse`) to the built binary, and the screen comes back with capture-pane.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct MouseEndToEndTests {
    let library: TemporaryLibrary
    let state: String
    static let longRead = "A Long Read About the Harbor Cranes"

    init() throws {
        library = try TemporaryLibrary(copying: "news")
        state = library.sibling("state.sqlite")
        // Longer than the reading pane, for the wheel.
        let paragraphs = (1...30).map { "Paragraph \($0) of the long read, about the cranes that line the harbor wall." }
        try library.write(
            "business/long-read.txt",
            Self.longRead + "\n\nPosted November 19th, 2026 at 9:00 am (UTC)\n\n" + paragraphs.joined(separator: "\n\n") + "\n")
    }

    func start(_ extra: [String] = []) throws -> TmuxSession {
        let binary = ProcessRunner.executable("byline").path
        return try TmuxSession(
            command: [binary, library.path, "--state", state] + extra, width: 120, height: 40, environment: ["TZ": "UTC"])
    }

    /// Where `text` starts on the screen. Columns are counted in characters: the lines these
    /// tests click on have no wide characters before the text.
    func cell(of text: String, in screen: String, where line: (String) -> Bool = { _ in true }) throws -> (x: Int, y: Int) {
        let lines = screen.components(separatedBy: "\n")
        let y = try #require(lines.firstIndex { $0.contains(text) && line($0) }, "\(text) is not on the screen:\n\(screen)")
        let start = try #require(lines[y].range(of: text))
        return (lines[y].distance(from: lines[y].startIndex, to: start.lowerBound), y)
    }

    @Test func aClickSelectsADoubleClickOpensAndTheWheelScrolls() throws {
        let tmux = try start()
        var screen = try tmux.waitFor("Sections")
        #expect(try tmux.mouseReportingIsOn())

        // A section's row: selected, and the section list focused (its hints on the status line).
        let business = try cell(of: "business ", in: screen) { $0.components(separatedBy: "│")[0].contains("business") }
        try tmux.click(x: business.x, y: business.y)
        screen = try tmux.waitUntil { $0.contains("business — 7 stories, 7 unread") && $0.contains("A mark all read") }

        // A story's row: selected and previewed, the story list focused.
        let story = try cell(of: Self.longRead, in: screen)
        let row = story.y - 1  // the list's rows start under its header, on line 2
        try tmux.click(x: story.x, y: story.y)
        try tmux.waitUntil {
            $0.contains("38 unread / 38 · \(row)/7") && $0.contains("Preview — Enter opens it") && $0.contains("u unread only")
        }

        // A double click opens it, and marks it read.
        try tmux.doubleClick(x: story.x, y: story.y)
        screen = try tmux.waitUntil { $0.contains("37 unread / 38 · \(row)/7") && $0.contains(" Article ") }
        #expect(screen.contains("Paragraph 1 of the long read"))
        #expect(screen.contains("1–22/"), "the reading pane starts at the top")

        // Two notches of the wheel over the article: six lines down.
        try tmux.wheel(down: true, x: 60, y: 30, notches: 2)
        screen = try tmux.waitFor("7–28/")
        #expect(!screen.contains("Paragraph 1 of the long read"))

        // The status line's "? help", clicked; then a click anywhere closes the help.
        let help = try cell(of: "? help", in: screen) { $0.contains(" unread / ") }
        try tmux.click(x: help.x, y: help.y)
        try tmux.waitFor("any key closes")
        try tmux.click(x: 60, y: 10)
        try tmux.waitUntil { !$0.contains("any key closes") && $0.contains("7–28/") }

        try tmux.sendKeys("Q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try !tmux.mouseReportingIsOn(), "the terminal reports no more clicks after the program")
        let read = try ProcessRunner.run(ProcessRunner.executable("byline"), ["list", library.path, "--state", state]).stdout
            .split(separator: "\n").filter { !$0.hasPrefix("N") }
        #expect(read.count == 1 && read.first?.contains(Self.longRead) == true, "only the story opened is read")
    }

    @Test func noMouseLeavesTheMouseToTheTerminal() throws {
        let tmux = try start(["--no-mouse"])
        try tmux.waitFor("Sections")
        #expect(try !tmux.mouseReportingIsOn(), "the terminal is never asked to report clicks")
        try tmux.sendKeys("j")
        try tmux.waitFor("· 2/38")
        try tmux.sendKeys("Q")
        #expect(try tmux.waitForExit() == 0)
    }
}
