import ArgumentParser
import BylineApp
import BylineCore
import BylineStore
import Foundation

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Search the titles and bodies of every article, best first.",
        discussion: """
            Words must all occur (case and accents do not count); "quoted words" must occur in \
            that order; word* matches words that start so; -word leaves out articles holding it; \
            OR between two terms takes either. Chinese, Japanese and Korean text is found by any \
            part of two or more characters. The first search of a library builds its full-text \
            index, which later runs (and the interface) keep up to date. Each result is a list \
            line (see `byline list`) followed by a line of its text around the words.
            """)

    @OptionGroup var options: CommonOptions
    @Argument(help: "What to look for; several arguments are joined with spaces.")
    var query: [String]
    @Option(help: "At most this many results.") var limit = 50
    @Flag(help: "Print a JSON array: the keys of `list --json`, plus snippet and rank.") var json = false

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit needs a number above 0") }
        guard SearchQuery(query.joined(separator: " ")).isSearchable else {
            throw ValidationError("nothing to search for: give words, \"a phrase\", word* or -word")
        }
    }

    func run() throws {
        let session = try options.openSession()
        let text = query.joined(separator: " ")
        let interactive = isatty(STDERR_FILENO) == 1
        do {
            try session.interface.index.catchUpSearch(progress: { done, total in
                guard interactive else { return }
                FileHandle.standardError.write(Data("\rindexing for search: \(done) of \(total)".utf8))
                if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
            })
        } catch {
            // A read-only or full disk: what is indexed can still be searched.
            FileHandle.standardError.write(Data("byline: the full-text index could not be brought up to date (\(IndexCache.reason(error))); results may miss articles\n".utf8))
        }
        let outcome = session.interface.search(text, limit: limit, snippetsAtOnce: limit)
        if let failure = outcome.failure { throw CommandError("search failed: \(failure)") }
        let byID = Dictionary(session.entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let found = outcome.hits.compactMap { hit in byID[hit.id].map { (entry: $0, snippet: hit.snippet ?? "", rank: hit.rank) } }
        if json {
            try Output.printJSON(found.map { SearchResultJSON(article: ArticleJSON($0.entry), snippet: $0.snippet, rank: $0.rank) })
            return
        }
        for result in found {
            ListPrinter.print([result.entry])
            if !result.snippet.isEmpty { print("    " + Sanitizer.sanitize(result.snippet)) }
        }
        if found.isEmpty { FileHandle.standardError.write(Data("no articles match\n".utf8)) }
        if outcome.total > found.count || !outcome.isTotalExact {
            let total = "\(outcome.total)" + (outcome.isTotalExact ? "" : " or more")
            FileHandle.standardError.write(Data("the best \(found.count) of \(total) matching articles\n".utf8))
        }
    }
}

/// `search --json`: an article's `list --json` keys, and what the search adds.
struct SearchResultJSON: Encodable {
    var article: ArticleJSON
    var snippet: String
    var rank: Double

    private enum Keys: String, CodingKey { case snippet, rank }

    func encode(to encoder: any Encoder) throws {
        try article.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(snippet, forKey: .snippet)
        try container.encode((rank * 1_000).rounded() / 1_000, forKey: .rank)
    }
}
