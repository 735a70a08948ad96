import ArgumentParser
import BylineCore

struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark", abstract: "Mark articles read or unread.",
        discussion: "Give ids (or unique prefixes), or --all with an optional --section.")

    @OptionGroup var options: CommonOptions
    @Argument(help: "Article ids.") var ids: [String] = []
    @Flag(help: "Mark every article (in --section, when given).") var all = false
    @Option(help: "With --all: only this section and the sections inside it (. for the top folder).")
    var section: String?
    @Flag(exclusivity: .exclusive, help: "Mark read or unread.") var state: ReadFlag

    enum ReadFlag: EnumerableFlag {
        case read, unread
    }

    func validate() throws {
        if all && !ids.isEmpty { throw ValidationError("give either article ids or --all, not both") }
        if !all && ids.isEmpty { throw ValidationError("give article ids, or --all") }
        if section != nil && !all { throw ValidationError("--section works with --all") }
    }

    func run() throws {
        let session = try options.openSession()
        // Resolve every id before writing anything: one bad id marks nothing.
        let targets = all ? try session.entries(inSection: section) : try ids.map(session.entry(matching:))
        let changed = try session.store.setRead(targets.map(\.id), read: state == .read)
        let word = state == .read ? "read" : "unread"
        print("marked \(changed.count) of \(targets.count) article\(targets.count == 1 ? "" : "s") \(word)")
    }
}
