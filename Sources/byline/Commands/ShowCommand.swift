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
        switch ArticleLoader.load(entry.summary.file) {
        case .success(let loaded): article = loaded.article
        case .failure(let problem): throw CommandError("cannot read \(Sanitizer.sanitize(problem.path)): \(problem.reason)")
        }
        if json {
            try Output.printJSON(ArticleJSON(entry, body: article.paragraphs))
            return
        }
        print(Sanitizer.sanitize(entry.summary.title))
        print("Date: \(Output.fullDate(entry.summary.date))")
        print("Section: \(Output.sectionName(entry.summary.section))")
        for paragraph in article.paragraphs {
            print("")
            print(Sanitizer.sanitize(paragraph))
        }
    }
}
