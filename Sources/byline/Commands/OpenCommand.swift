import ArgumentParser

/// `byline LIBRARY`: the interactive reader. Until the interface lands it prints the list.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the library (the default command).")

    @OptionGroup var options: CommonOptions

    func run() throws {
        ListPrinter.print(try options.openSession().entries)
    }
}
