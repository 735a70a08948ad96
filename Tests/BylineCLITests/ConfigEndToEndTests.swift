import BylineTestSupport
import Foundation
import Testing

/// The config file from the command line and in the interface.
@Suite(.serialized)
struct ConfigEndToEndTests {
    let library: TemporaryLibrary
    let state: String
    let configHome: String

    init() throws {
        library = try TemporaryLibrary(copying: "news")
        state = library.sibling("state.sqlite")
        configHome = library.sibling("config")
        try FileManager.default.createDirectory(atPath: configHome + "/byline", withIntermediateDirectories: true)
    }

    /// No stray settings from the developer's own environment.
    var environment: [String: String] {
        ["XDG_CONFIG_HOME": configHome, "BYLINE_LIBRARY": "", "BROWSER": "", "PAGER": "", "EDITOR": "", "VISUAL": "", "TZ": "UTC"]
    }

    func writeConfig(_ text: String) throws {
        try text.write(toFile: configHome + "/byline/config.toml", atomically: true, encoding: .utf8)
    }

    func byline(_ arguments: [String], environment extra: [String: String] = [:]) throws -> ProcessRunner.Outcome {
        try ProcessRunner.run(ProcessRunner.executable("byline"), arguments, environment: environment.merging(extra) { $1 })
    }

    @Test func withoutALibraryBylineSaysHowToStart() throws {
        let outcome = try byline([])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("Byline needs a library: a folder of article files"))
        #expect(outcome.stderr.contains("export BYLINE_LIBRARY=~/news"))
        #expect(outcome.stderr.contains("byline fixtures/news"))
    }

    @Test func configPrintShowsEachSettingWithItsSource() throws {
        try writeConfig("library = \"\(library.path)\"\n\n[reading]\nmark-read = \"manually\"\n")
        let outcome = try byline(["config", "--print"], environment: ["PAGER": "most"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let file = configHome + "/byline/config.toml"
        #expect(outcome.stdout.contains(/\nlibrary = "[^"]+" +# .+config\.toml:1\n/))
        #expect(outcome.stdout.contains(/\nmark-read = "manually" +# .+config\.toml:4\n/))
        #expect(outcome.stdout.contains(/\npager = "most" +# \$PAGER\n/))
        #expect(outcome.stdout.contains(/\nunread-only = false +# default\n/))
        #expect(outcome.stdout.contains("# Config file: \(file)"))
        let located = try byline(["config"])
        #expect(located.stdout.hasPrefix(file + "\n"))
    }

    @Test func aBadConfigStopsBylineWithLineAndColumnBeforeTheScreenIsTaken() throws {
        try writeConfig("[keys]\nsort = \"n\"\n")
        let outcome = try byline([library.path, "--state", state])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("config.toml:2:1: n is bound to both sort and next-unread"))
        #expect(!outcome.stdout.contains("\u{1B}"), "curses never started")
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func theInterfaceTakesTheLibraryKeysAndReadPolicyFromTheFile() throws {
        try writeConfig("""
            library = "\(library.path)"
            [reading]
            mark-read = "manually"
            unread-only = true
            [interface]
            mouse = false
            [keys]
            sort = "O"
            toggle-read = ["m", "x"]
            """)
        let binary = ProcessRunner.executable("byline").path
        let tmux = try TmuxSession(command: [binary, "--state", state], environment: environment)
        let first = try tmux.waitFor("(unread only)")
        #expect(first.contains("All — 37 stories, 37 unread (unread only)"))
        #expect(try !tmux.mouseReportingIsOn(), "mouse = false leaves the mouse to the terminal")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Article")
        #expect(try tmux.capture().contains("37 unread / 37"), "opening does not mark with mark-read = manually")
        try tmux.sendKeys("x")
        try tmux.waitFor("36 unread / 37")
        try tmux.sendKeys("Escape", "O")
        try tmux.waitFor("oldest first")
        try tmux.sendKeys("Q")
        #expect(try tmux.waitForExit() == 0)
    }
}
