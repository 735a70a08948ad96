import ArgumentParser
import BylineCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "List the files Byline skipped, with the reason for each.")

    @OptionGroup var options: CommonOptions

    func run() throws {
        let session = try options.openSession()
        if let reason = session.store.unsavedReason {
            print("(state): marks cannot be saved: \(Sanitizer.sanitize(reason))")
        }
        for problem in session.skipped {
            print("\(Sanitizer.sanitize(problem.path)): \(Sanitizer.sanitize(problem.reason))")
        }
        for note in session.warnings {
            print("\(Sanitizer.sanitize(note.path)): loaded, but \(Sanitizer.sanitize(note.reason))")
        }
        let skipped = session.skipped.count
        print("\(session.entries.count) articles, \(skipped) file\(skipped == 1 ? "" : "s") skipped")
    }
}
