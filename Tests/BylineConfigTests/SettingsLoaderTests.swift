import BylineApp
import BylineConfig
import BylineUI
import Foundation
import Testing

@Suite struct SettingsLoaderTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func write(_ text: String, name: String = "config.toml") throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func load(_ text: String, environment: [String: String] = ["HOME": "/home/reader"]) throws -> Result<Settings, ConfigError> {
        SettingsLoader.load(explicitPath: try write(text), environment: environment)
    }

    func error(_ text: String) throws -> String? {
        if case .failure(let error) = try load(text) {
            return error.description.replacingOccurrences(of: folder.path + "/", with: "")
        }
        return nil
    }

    static let example = """
        library = "~/news"

        [reading]
        mark-read = "at-end"
        unread-only = true
        list-date-format = "%d.%m. %H:%M"
        article-date-format = "%A %e %B %Y, %H:%M"

        [layout]
        sections-width = 28
        stories-height = 30

        [interface]
        theme = "paper"
        mouse = false

        [colors]
        unread = "bold yellow on blue"
        date = "color242"

        [programs]
        browser = "firefox --new-tab"
        pager = "less -R"
        editor = "vim"

        [keys]
        sort = "O"
        open-link = ["o", "w"]
        next-pane = []
        next-unread = ["n", "Tab"]
        """

    @Test func everySettingOfTheExampleTakesEffect() throws {
        let settings = try load(Self.example).get()
        #expect(settings.library == "/home/reader/news")
        #expect(settings.markRead == .atEnd && settings.unreadOnly)
        #expect(settings.listDateFormat == "%d.%m. %H:%M" && settings.articleDateFormat == "%A %e %B %Y, %H:%M")
        #expect(settings.split == PaneSplit(sectionsWidth: 28, storiesPercent: 30))
        #expect(settings.theme.name == "paper" && !settings.mouse)
        #expect(settings.theme.entry(for: .unread) == Theme.Entry(.yellow, on: .blue, bold: true))
        #expect(settings.theme.entry(for: .date) == Theme.Entry(.number(242)))
        #expect(settings.theme.entry(for: .titleBar) == Theme.paper.entry(for: .titleBar), "the rest is the theme's")
        #expect(settings.programs == ProgramSettings(browser: "firefox --new-tab", pager: "less -R", editor: "vim"))
        #expect(settings.keymap.action(for: .character("O"), focus: .stories) == .cycleSort)
        #expect(settings.keymap.action(for: .character("o"), focus: .stories) == nil, "o no longer sorts")
        #expect(settings.keymap.action(for: .character("w"), focus: .reader) == .openArticleLink)
        #expect(settings.keymap.action(for: .tab, focus: .stories) == .nextUnread)
        #expect(settings.source(of: "keys.sort") == .file(path: folder.appendingPathComponent("config.toml").path, line: 27))
        #expect(settings.source(of: "reading.mark-read") == .file(path: folder.appendingPathComponent("config.toml").path, line: 4))
        #expect(settings.source(of: "keys.quit") == .builtIn)
    }

    @Test func thePrintedSettingsReadBackAsTheSameSettings() throws {
        let settings = try load(Self.example).get()
        let printed = SettingsDescription.text(settings)
        let again = try load(printed).get()
        #expect(again.keymap == settings.keymap)
        #expect(again.theme.entries == settings.theme.entries)
        #expect(again.split == settings.split && again.markRead == settings.markRead && again.library == settings.library)
        #expect(again.programs == settings.programs && again.listDateFormat == settings.listDateFormat)
        #expect(printed.contains(/\nsort = \["O"\] +# .+\/config\.toml:27\n/))
        #expect(printed.contains(/\ntitle-bar = "bold black" +# theme paper\n/))
    }

    @Test(arguments: [
        ("library = 3", "config.toml:1:1: library must be a string in quotes"),
        ("[keys]\nnxt-unread = \"n\"", "config.toml:2:1: unknown action “nxt-unread” (actions: down, up, read-on,"),
        ("[keys]\n  sort = \"n\"", "config.toml:2:3: n is bound to both sort and next-unread; give one of them other keys"),
        ("[keys]\nhelp = \"Tab\"", "config.toml:2:1: Tab is bound to both help and next-pane"),
        ("[keys]\nhelp = \"Ctrl-I\"", "config.toml:2:1: Tab is bound to both help and next-pane"),
        ("[keys]\nhelp = \"Ctrl-Z\"", "config.toml:2:1: “Ctrl-Z” is not a key"),
        ("[keys]\nsort = \"Ctl-x\"", "config.toml:2:1: “Ctl-x” is not a key (a key is one character, or one of Space,"),
        ("[keys]\nsort = 5", "config.toml:2:1: sort takes a key or a list of keys"),
        ("[reading]\nmark-read = \"sometimes\"", "config.toml:2:1: mark-read is one of “on-open”, “at-end”, “manually”, not “sometimes”"),
        ("[reading]\nunread-only = \"yes\"", "config.toml:2:1: unread-only must be true or false"),
        ("[reading]\nlist-date-format = \"Y-m-d\"", "config.toml:2:1: list-date-format is a strftime format"),
        ("[colors]\nunread = \"purple\"", "config.toml:2:1: unread: “purple” is not a colour"),
        ("[colors]\nheadline = \"red\"", "config.toml:2:1: unknown element “headline” (elements: text, title-bar,"),
        ("[layout]\nstories-height = 95", "config.toml:2:1: stories-height must be a whole number from 10 to 90"),
        ("[interface]\ntheme = \"neon\"", "config.toml:2:1: theme is one of “default”, “dusk”, “mono”, “paper”, not “neon”"),
        ("[programs]\nbrowser = \"firefox 'x\"", "config.toml:2:1: browser: a quote is not closed"),
        ("[programs]\neditor = \"  \"", "config.toml:2:1: editor names no program"),
        ("# comment\n\n[reading]\ncolour = 1", "config.toml:4:1: unknown setting “colour” in [reading] (it has mark-read,"),
        ("colour = 1", "config.toml:1:1: unknown setting “colour” (the file has `library` and the tables [reading],"),
        ("reading = 1", "config.toml:1:1: [reading] must be a table"),
        ("[reading]\nmark-read = \"at-end", "config.toml:2:"),
        ("x = [", "config.toml:1:"),
    ])
    func aMistakeIsAnErrorWithLineAndColumn(text: String, expected: String) throws {
        let message = try #require(try error(text))
        #expect(message.hasPrefix(expected), "\(message)")
    }

    @Test func theSyntaxErrorsPositionIsTOMLs() throws {
        let message = try #require(try error("[reading]\nunread-only = tru\n"))
        #expect(message.hasPrefix("config.toml:2:18: Error while parsing boolean"), "\(message)")
    }

    @Test func theEnvironmentFillsInAndBylinesOwnVariableWins() throws {
        let environment = ["HOME": "/home/r", "BYLINE_LIBRARY": "~/elsewhere", "BROWSER": "w3m", "EDITOR": "nano", "VISUAL": "vim"]
        let settings = try load("library = \"/srv/news\"\n[programs]\npager = \"most\"", environment: environment).get()
        #expect(settings.library == "/home/r/elsewhere" && settings.source(of: "library") == .environment("BYLINE_LIBRARY"))
        #expect(settings.programs == ProgramSettings(browser: "w3m", pager: "most", editor: "vim"))
        #expect(settings.source(of: "programs.browser") == .environment("BROWSER"))
        #expect(settings.source(of: "programs.editor") == .environment("VISUAL"))
        let fileWins = try load("[programs]\nbrowser = \"firefox\"", environment: environment).get()
        #expect(fileWins.programs.browser == "firefox", "the file is Byline's own; $BROWSER is every program's")
    }

    @Test func programsComeFromTheEnvironmentAsGitReadsThem() throws {
        let none = try SettingsLoader.load(environment: [:]).get()
        #expect(none.programs == ProgramSettings(browser: nil, pager: "less", editor: "vi"))
        let some = try SettingsLoader.load(environment: ["EDITOR": "nano", "VISUAL": "vim", "PAGER": " ", "BROWSER": "w3m"]).get()
        #expect(some.programs == ProgramSettings(browser: "w3m", pager: "less", editor: "vim"))
        #expect(some.source(of: "programs.pager") == .builtIn, "a blank $PAGER is no pager")
    }

    @Test func theDefaultFileMayBeMissingButANamedOneMustExist() throws {
        let xdg = folder.appendingPathComponent("xdg").path
        let defaults = try SettingsLoader.load(environment: ["XDG_CONFIG_HOME": xdg]).get()
        #expect(defaults.path == nil && defaults.keymap == .standard && defaults.library == nil)
        let missing = folder.appendingPathComponent("missing.toml").path
        guard case .failure(let error) = SettingsLoader.load(explicitPath: missing, environment: [:]) else {
            Issue.record("a missing --config file was accepted")
            return
        }
        #expect(error.description == "\(missing): cannot be read (no such file)")
        try FileManager.default.createDirectory(atPath: xdg + "/byline", withIntermediateDirectories: true)
        try "[reading]\nunread-only = true\n".write(toFile: xdg + "/byline/config.toml", atomically: true, encoding: .utf8)
        let found = try SettingsLoader.load(environment: ["XDG_CONFIG_HOME": xdg, "HOME": "/nonexistent"]).get()
        #expect(found.unreadOnly && found.path == xdg + "/byline/config.toml")
        #expect(ConfigLocation.defaultPath(environment: ["HOME": "/home/r"]) == "/home/r/.config/byline/config.toml")
        #expect(ConfigLocation.defaultPath(environment: ["HOME": "/home/r", "XDG_CONFIG_HOME": "relative"])
            == "/home/r/.config/byline/config.toml", "XDG says a relative path is to be ignored")
    }

    @Test func coloursSetBeforeTheThemeLineStillApply() throws {
        let settings = try load("[colors]\nerror = \"magenta\"\n[interface]\ntheme = \"dusk\"").get()
        #expect(settings.theme.name == "dusk" && settings.theme.entry(for: .error) == Theme.Entry(.magenta))
    }

    @Test func everyKeyTheHelpPageNamesReadsBack() {
        for binding in Keymap.standard.bindings {
            for key in binding.keys { #expect(Key(name: key.label) == key, "\(key.label)") }
        }
        #expect(Key(name: "C-x") == .control("x") && Key(name: "^L") == .control("l") && Key(name: "pagedown") == .pageDown)
        #expect(Key(name: "é") == .character("é") && Key(name: " ") == nil && Key(name: "\u{1B}") == nil)
        // What arrives for these is another key, or nothing at all.
        #expect(Key(name: "Ctrl-I") == .tab && Key(name: "Ctrl-M") == .enter && Key(name: "Ctrl-H") == .backspace)
        #expect(["Ctrl-C", "Ctrl-Z", "Ctrl-S", "Ctrl-Q"].allSatisfy { Key(name: $0) == nil })
    }
}

/// The README's example config is a working one.
@Suite struct ReadmeExampleTests {
    @Test func theReadmesExampleConfigLoadsAsItSays() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: "## Settings")).upperBound
        let block = try #require(text[start...].range(of: "```toml\n"))
        let end = try #require(text[block.upperBound...].range(of: "```\n"))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("byline-readme-\(UUID().uuidString).toml").path
        try String(text[block.upperBound..<end.lowerBound]).write(toFile: path, atomically: true, encoding: .utf8)
        let settings = try SettingsLoader.load(explicitPath: path, environment: ["HOME": "/home/r"]).get()
        #expect(settings.library == "/home/r/news" && settings.split.sectionsWidth == 24)
        #expect(settings.keymap.action(for: .tab, focus: .stories) == .nextUnread)
        #expect(settings.theme.entry(for: .statusBar) == Theme.Entry(.cyan, on: .number(236)))
    }
}
