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
        print(Sanitizer.sanitize(entry.summary.title))
        print("Date: \(Output.fullDate(entry.summary.date))")
        print("Section: \(Output.sectionName(entry.summary.section))")
        if let author = article.author { print("Author: \(Sanitizer.sanitize(author))") }
        if let link = article.link { print("Link: \(Sanitizer.sanitize(link))") }
        for block in article.blocks {
            print("")
            // Code keeps its lines; everything else is one line per paragraph, as the JSON is.
            if case .code(let lines) = block {
                for line in lines { print("    " + Sanitizer.sanitize(line)) }
            } else {
                print(Sanitizer.sanitize(block.plainText))
            }
        }
        if !article.links.isEmpty {
            print("")
            for (number, url) in article.links.enumerated() { print("[\(number + 1)] \(Sanitizer.sanitize(url))") }
        }
    }
}
