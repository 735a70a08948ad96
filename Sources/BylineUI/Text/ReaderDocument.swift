import BylineCore

/// An article laid out for a width: headline, a line of facts, then the wrapped paragraphs with
/// blank lines between them. Each line remembers where in the text it starts, so a resize can
/// keep the reader at the same place although every line moves.
public struct ReaderDocument: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public var text: String
        public var style: Style
        /// Paragraph index, or -1 for the header lines.
        public var paragraph: Int
        /// Characters of the paragraph before this line.
        public var offset: Int
    }

    public var width: Int
    public var lines: [Line]

    public static let empty = ReaderDocument(width: 0, lines: [])

    /// Words per minute for the reading-time estimate.
    static let readingSpeed = 230

    public static func layout(
        _ article: Article, summary: ArticleSummary, width: Int, dates: DateDisplay
    ) -> ReaderDocument {
        guard width > 0 else { return ReaderDocument(width: width, lines: []) }
        var lines: [Line] = []
        func append(_ text: String, style: Style, paragraph: Int) {
            var offset = 0
            for line in TextWrapper.wrap(Sanitizer.sanitize(text), width: width) {
                lines.append(Line(text: line, style: style, paragraph: paragraph, offset: offset))
                offset += line.count + 1
            }
        }
        append(summary.title, style: Style(.accent, bold: true), paragraph: -1)
        let minutes = max(1, (summary.words + readingSpeed / 2) / readingSpeed)
        let section = summary.section.isEmpty ? "top level" : summary.section
        let facts = "\(dates.full(summary.date)) · \(section) · \(summary.words) words · \(minutes) min read"
        append(facts, style: Style(.muted), paragraph: -1)
        for (index, paragraph) in article.paragraphs.enumerated() {
            lines.append(Line(text: "", style: .normal, paragraph: index, offset: -1))
            append(paragraph, style: .normal, paragraph: index)
        }
        return ReaderDocument(width: width, lines: lines)
    }

    /// Where line `index` starts in the text, to find the same place after a re-layout.
    public func anchor(at index: Int) -> (paragraph: Int, offset: Int)? {
        guard lines.indices.contains(index) else { return nil }
        return (lines[index].paragraph, max(0, lines[index].offset))
    }

    /// The line that shows the given place of the text.
    public func line(for anchor: (paragraph: Int, offset: Int)) -> Int {
        var best = 0
        for (index, line) in lines.enumerated() where line.paragraph == anchor.paragraph && line.offset >= 0 {
            if line.offset <= anchor.offset { best = index } else { break }
        }
        if best == 0, anchor.paragraph > 0 {
            // The paragraph has no text lines (cannot happen for parsed articles); stay near it.
            return lines.firstIndex { $0.paragraph == anchor.paragraph } ?? 0
        }
        return best
    }
}
