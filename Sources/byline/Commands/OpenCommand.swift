import ArgumentParser
import BylineApp
import BylineCore
import BylineStore
import BylineTerminal
import Foundation

/// `byline LIBRARY`: the interactive reader.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the library in the interactive reader (the default command).")

    @OptionGroup var options: CommonOptions
    @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set).") var noColor = false

    func run() throws {
        LargeAllocations.keepApart()
        // Everything that can fail with a message happens before curses takes the screen.
        let scanner: LibraryScanner
        do {
            scanner = try LibraryScanner(root: options.library)
        } catch {
            throw CommandError(error.description)
        }
        let statePath = try options.state ?? StatePath.default()
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
            terminal = try Terminal(options: TerminalOptions(useColor: !noColor && !noColorVariable, logPath: logPath))
        } catch {
            throw CommandError("\(error)")
        }
        let name = URL(fileURLWithPath: options.library).standardizedFileURL.lastPathComponent
        let runner = InterfaceRunner(
            terminal: terminal, session: InterfaceSession(scanner: scanner, store: store, statePath: statePath), libraryName: name,
            programs: ProgramSettings.from(environment: ProcessInfo.processInfo.environment))
        runner.run()
        terminal.shutdown()
        // Every mark is already on disk; the status tells the shell the program was interrupted.
        if runner.wasInterrupted { throw ExitCode(130) }
    }
}
