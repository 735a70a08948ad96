import BylineCore
import Foundation

/// An article as `show` prints it and `|` and `v` hand it on: as sanitized plain text, or as
/// the JSON of `show --json`.
enum ArticleText {
    static func plain(_ entry: LibraryEntry, article: Article) -> String {
        var lines = [
            Sanitizer.sanitize(entry.summary.title),
            "Date: \(Output.fullDate(entry.summary.date))",
            "Section: \(Output.sectionName(entry.summary.section))",
        ]
        if let author = article.author { lines.append("Author: \(Sanitizer.sanitize(author))") }
        if let link = article.link { lines.append("Link: \(Sanitizer.sanitize(link))") }
        for block in article.blocks {
            lines.append("")
            // Code keeps its lines; everything else is one line per paragraph, as the JSON is.
            if case .code(let code) = block {
                lines += code.map { "    " + Sanitizer.sanitize($0) }
            } else {
                lines.append(Sanitizer.sanitize(block.plainText))
            }
        }
        if !article.links.isEmpty {
            lines.append("")
            lines += article.links.enumerated().map { "[\($0.offset + 1)] \(Sanitizer.sanitize($0.element))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ entry: LibraryEntry, article: Article) throws -> String {
        try Output.json(ArticleJSON(entry, article: article)) + "\n"
    }
}
