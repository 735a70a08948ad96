import ArgumentParser
import BylineCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print one article: title, date, section, then the body.")

    @OptionGroup var options: CommonOptions
    @Argument(help: "The article's id (or a unique prefix of at least 4 characters).") var id: String
    @Flag(help: "Print a JSON object with the body as an array of paragraphs.") var json = false

    func run() throws {
        let session = try options.openSession()
        let entry = try session.entry(matching: id)
        let article: Article
        switch ArticleLoader.article(for: entry.summary) {
        case .success(let loaded): article = loaded
        case .failure(let problem): throw CommandError("cannot read \(Sanitizer.sanitize(problem.path)): \(problem.reason)")
        }
        if json {
            try Output.printJSON(ArticleJSON(entry, article: article))
            return
        }
        print(ArticleText.plain(entry, article: article), terminator: "")
    }
}
