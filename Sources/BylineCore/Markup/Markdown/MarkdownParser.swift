import Foundation

/// Reads a Markdown file (format `.markdown`): front matter for title, date, author and link,
/// then the body as blocks.
public enum MarkdownParser {
    /// `fallbackDate` (the file's modification time) stands in, marked estimated, without a
    /// date. Returns nil when the file has no text at all.
    public static func parse(_ text: String, fallbackDate: ArticleDate) -> Article? {
        let front = FrontMatter(text)
        let link = nonEmpty(front.fields["link"]) ?? nonEmpty(front.fields["url"])
        let base = link.flatMap { LinkTarget.hasScheme($0) ? URL(string: $0) : nil }
        var body = front.body
        var title = nonEmpty(front.fields["title"])
        var rich = convert(body, baseURL: base)
        var blocks = rich.blocks
        // Where the story proper starts, for a date line right below the headline.
        var storyStart = 0

        if let title, let first = blocks.first, first.isHeading(repeating: title) {
            blocks.removeFirst()
        } else if title == nil, let index = blocks.firstIndex(where: \.isTopHeading) {
            title = blocks[index].plainText
            blocks.remove(at: index)
            storyStart = index
        } else if title == nil, let (line, rest) = firstLine(of: body) {
            title = line
            body = rest
            rich = convert(body, baseURL: base)
            blocks = rich.blocks
        }

        var date = front.fields["date"].flatMap(parseDate)
        if date == nil, storyStart < blocks.count, case .paragraph(let runs) = blocks[storyStart],
           let dateLine = DateLineParser.parse(runs.plainText) {
            date = dateLine
            blocks.remove(at: storyStart)
        }
        guard let headline = title ?? TitleFallback.title(from: blocks) else { return nil }
        var resolvedDate = fallbackDate
        resolvedDate.isEstimated = true
        return Article(
            title: headline, date: date ?? resolvedDate, format: .markdown, blocks: blocks,
            author: nonEmpty(front.fields["author"]), link: link, links: rich.links)
    }

    static func convert(_ markdown: String, baseURL: URL?) -> RichText {
        var parser = MarkdownBlockParser()
        for line in PlainTextParser.splitLines(markdown) { parser.add(line) }
        let root = parser.finish()
        let emitter = MarkdownEmitter(references: MarkdownReferences.extract(from: root))
        var assembler = BlockAssembler(baseURL: baseURL)
        emitter.emit(root, into: &assembler)
        assembler.endBlock()
        return assembler.richText
    }

    /// ISO 8601 or RFC 822, the plain-text format's "June 3rd, 2011 at 4:10 pm (UTC-5)", or
    /// Jekyll's "2011-06-03 16:10:00 -0500".
    static func parseDate(_ value: String) -> ArticleDate? {
        if let date = InternetDate.parse(value) ?? DateLineParser.parse("Posted " + value) { return date }
        let parts = value.split(separator: " ")
        guard parts.count == 3, parts[2].first == "+" || parts[2].first == "-" else { return nil }
        return InternetDate.parseISO8601(parts[0] + "T" + parts[1] + parts[2])
    }

    /// The first line with any text, rendered as plain text, and the Markdown without it.
    private static func firstLine(of markdown: String) -> (String, String)? {
        let lines = PlainTextParser.splitLines(markdown)
        for (index, line) in lines.enumerated() {
            let text = convert(String(line), baseURL: nil).blocks.first?.plainText ?? ""
            let cleaned = text.trimmingCharacters(in: .whitespaces)
            if cleaned.isEmpty { continue }
            let rest = lines[(index + 1)...].joined(separator: "\n")
            return (TitleFallback.shortened(stripMarker(cleaned)), rest)
        }
        return nil
    }

    /// "• Item" and "1. Item" read as a title without their list marker.
    private static func stripMarker(_ text: String) -> String {
        guard let space = text.firstIndex(of: " ") else { return text }
        let marker = text[..<space]
        let isMarker = marker == "•" || (marker.hasSuffix(".") && marker.dropLast().allSatisfy(\.isNumber) && marker.count > 1)
        return isMarker ? String(text[text.index(after: space)...]).trimmingCharacters(in: .whitespaces) : text
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }
}

extension Block {
    /// A level 1 heading, which names a Markdown file without front matter.
    fileprivate var isTopHeading: Bool {
        if case .heading(1, _) = self { return true }
        return false
    }
}
