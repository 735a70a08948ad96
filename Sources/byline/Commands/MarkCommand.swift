import ArgumentParser
import BylineCore

struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark", abstract: "Mark articles read or unread, starred or not.",
        discussion: "Give ids (or unique prefixes), or --all with an optional --section.")

    @OptionGroup var options: CommonOptions
    @Argument(help: "Article ids.") var ids: [String] = []
    @Flag(help: "Mark every article (in --section, when given).") var all = false
    @Option(help: "With --all: only this section and the sections inside it (. for the top folder).")
    var section: String?
    @Flag(exclusivity: .exclusive, help: "Mark read or unread.") var state: ReadFlag?
    @Flag(exclusivity: .exclusive, help: "Star, or take the star off.") var star: StarFlag?

    enum ReadFlag: EnumerableFlag {
        case read, unread
    }

    enum StarFlag: EnumerableFlag {
        case star, unstar
    }

    func validate() throws {
        if state == nil && star == nil { throw ValidationError("give --read, --unread, --star or --unstar") }
        if all && !ids.isEmpty { throw ValidationError("give either article ids or --all, not both") }
        if !all && ids.isEmpty { throw ValidationError("give article ids, or --all") }
        if section != nil && !all { throw ValidationError("--section works with --all") }
    }

    func run() throws {
        let session = try options.openSession(writing: true)
        // Resolve every id before writing anything: one bad id marks nothing.
        let targets = all ? try session.entries(inSection: section) : try ids.map(session.entry(matching:))
        let articles = "\(targets.count) article\(targets.count == 1 ? "" : "s")"
        if let state {
            let changed = try session.store.setRead(targets.map(\.id), read: state == .read)
            print("marked \(changed.count) of \(articles) \(state == .read ? "read" : "unread")")
        }
        if let star {
            let changed = try session.store.setStarred(targets.map(\.id), starred: star == .star)
            print("\(star == .star ? "starred" : "unstarred") \(changed.count) of \(articles)")
        }
    }
}
