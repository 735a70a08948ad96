import ArgumentParser
import BylineApp
import BylineConfig
import BylineCore
import BylineStore
import BylineTerminal
import Foundation

/// `byline LIBRARY`: the interactive reader.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the library in the interactive reader (the default command).")

    @Argument(
        help: "The library folder (default: $BYLINE_LIBRARY, else `library` in the config file).",
        completion: .directory)
    var library: String?
    @Option(name: .long, help: "The state file (default: $XDG_DATA_HOME/byline/byline.sqlite).", completion: .file())
    var state: String?
    @OptionGroup var config: ConfigOption
    @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set).") var noColor = false
    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal: no clicks or wheel in the reader.")
    var noMouse = false

    func run() throws {
        LargeAllocations.keepApart()
        // Everything that can fail with a message happens before curses takes the screen.
        let settings = try config.settings()
        guard let library = library ?? settings.library else {
            // Not an error to report but the first thing a new reader sees.
            FileHandle.standardError.write(Data(Self.howToStart.utf8))
            throw ExitCode.failure
        }
        let scanner: LibraryScanner
        do {
            scanner = try LibraryScanner(root: library)
        } catch {
            throw CommandError(error.description)
        }
        let statePath = try state ?? StatePath.default()
        let store: Store
        do {
            store = try Store.openingEvenIfUnwritable(path: statePath)
        } catch {
            throw CommandError("\(error)")
        }
        // Anything a library writes to stderr while curses owns the screen goes next to the state.
        let logPath = URL(fileURLWithPath: statePath).deletingLastPathComponent().appendingPathComponent("byline.log").path
        let noColorVariable = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let terminal: Terminal
        do {
            terminal = try Terminal(options: TerminalOptions(
                useColor: !noColor && !noColorVariable, logPath: logPath, theme: settings.theme,
                mouse: !noMouse && settings.mouse))
        } catch {
            throw CommandError("\(error)")
        }
        let name = URL(fileURLWithPath: library).standardizedFileURL.lastPathComponent
        let runner = InterfaceRunner(
            terminal: terminal, session: InterfaceSession(scanner: scanner, store: store, statePath: statePath), libraryName: name,
            settings: settings)
        runner.run()
        terminal.shutdown()
        // Every mark is already on disk; the status tells the shell the program was interrupted.
        if runner.wasInterrupted { throw ExitCode(130) }
    }

    /// What plain `byline` says when it has no library to open.
    static let howToStart = """
        Byline needs a library: a folder of article files (its subfolders are sections). Either
          byline ~/news                  open a folder,
          export BYLINE_LIBRARY=~/news   name one for every run, or
          library = "~/news"             put this line in ~/.config/byline/config.toml.
        To try Byline, open the sample library in its source folder: byline fixtures/news

        """
}
