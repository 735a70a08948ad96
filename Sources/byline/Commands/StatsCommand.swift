import ArgumentParser
import BylineCore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the articles, unread and starred, by section and by format; the index's size.",
        discussion: """
            A section's row counts its own articles, not those of the sections inside it. The \
            index cache's size is its file's on disk; the full-text index is part of that file, \
            and shows once `byline search` (or the interface) has built it.
            """)

    @OptionGroup var options: CommonOptions
    @Flag(help: "Print a JSON object.") var json = false

    func run() throws {
        let session = try options.openSession()
        let stats = LibraryStats(
            entries: session.entries, skipped: session.skipped.count,
            index: IndexSizes(path: session.indexPath, index: session.interface.index))
        if json {
            try Output.printJSON(stats)
            return
        }
        StatsPrinter.print(stats)
    }
}
