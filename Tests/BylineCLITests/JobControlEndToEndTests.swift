import BylineTestSupport
import Foundation
import Testing

/// Ctrl-Z while another program Byline started has the terminal: the shell stops both, and
/// `fg` gives the terminal back to that program, not to Byline's screen (curses' own Ctrl-Z
/// handling would repaint Byline over it).
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct JobControlEndToEndTests {
    @Test func ctrlZInThePagerThenFgResumesThePagerAndThenByline() throws {
        let library = try TemporaryLibrary(copying: "news")
        let pager = library.sibling("pager")
        // Reads the article, says so, and keeps the terminal a few seconds.
        try "cat > /dev/null; echo PAGER HAS THE TERMINAL; sleep 3\n".write(toFile: pager, atomically: true, encoding: .utf8)
        let binary = ProcessRunner.executable("byline").path
        // An interactive shell, for job control.
        let tmux = try TmuxSession(command: ["bash", "--norc", "--noprofile", "-i"], environment: [
            "PS1": "$ ", "TZ": "UTC", "XDG_CONFIG_HOME": library.sibling("none"), "PAGER": "/bin/sh \(pager)",
        ])
        try tmux.waitFor("$")
        try tmux.sendText("\(binary) \(library.path) --state \(library.sibling("state.sqlite"))")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Sections")
        try tmux.sendKeys("Enter", "v")
        try tmux.waitFor("PAGER HAS THE TERMINAL")
        try tmux.sendKeys("C-z")
        try tmux.waitFor("Stopped")
        try tmux.sendText("fg")
        try tmux.sendKeys("Enter")
        // Byline waits for the pager: its screen must not come back while the pager runs.
        usleep(1_000_000)
        let during = try tmux.capture()
        #expect(!during.contains("Sections"), "Byline repainted over the pager:\n\(during)")
        let after = try tmux.waitFor("Sections", timeout: 10)
        #expect(after.contains("Article"))
        try tmux.sendKeys("Q")
        try tmux.waitFor("$ ")
    }
}
