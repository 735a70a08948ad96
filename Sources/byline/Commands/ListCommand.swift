import ArgumentParser
import BylineCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List articles, newest first.",
        discussion: """
            Each line: N for unread (and * when starred), the id, the date in your time zone \
            (~ when estimated), the section, the title.
            """)

    @OptionGroup var options: CommonOptions
    @Flag(help: "Only unread articles.") var unread = false
    @Flag(help: "Only starred articles.") var starred = false
    @Option(help: "Only this section and the sections inside it (. for the library's top folder).")
    var section: String?
    @Flag(help: "Print a JSON array.") var json = false

    func run() throws {
        let session = try options.openSession()
        var entries = try session.entries(inSection: section)
        if unread { entries.removeAll(where: \.isRead) }
        if starred { entries.removeAll { !$0.isStarred } }
        if json {
            try Output.printJSON(entries.map { ArticleJSON($0) })
            return
        }
        ListPrinter.print(entries)
    }
}
