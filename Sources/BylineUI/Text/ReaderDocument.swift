import BylineCore

/// An article laid out for a width: headline, a line of facts, the body's blocks (paragraphs
/// reflowed, list items under their markers, quotes behind a bar, code verbatim), then the
/// numbered links. Each line remembers where in the text it starts, so a resize can keep the
/// reader at the same place although every line moves.
public struct ReaderDocument: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public var spans: [StyledSpan]
        /// Block index, or -1 for the header lines and the link list.
        public var paragraph: Int
        /// Characters of the block before this line; -1 on the blank lines between blocks.
        public var offset: Int

        public var text: String { spans.map(\.text).joined() }
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
        var builder = Builder(width: width)
        builder.wrapped([StyledSpan(summary.title, Style(.accent, bold: true))], block: -1)
        builder.wrapped([StyledSpan(facts(article, summary: summary, dates: dates), Style(.muted))], block: -1)
        // The story's own address (a page's canonical URL, a feed item's link), as newsboat shows it.
        if let link = article.link, !link.isEmpty {
            builder.wrapped([StyledSpan("Link: ", Style(.muted)), StyledSpan(link, Style(.accent))], block: -1)
        }
        for (index, block) in article.blocks.enumerated() {
            builder.add(block, index: index, previous: index > 0 ? article.blocks[index - 1] : nil)
        }
        if !article.links.isEmpty {
            builder.blank()
            builder.wrapped([StyledSpan("Links", Style(bold: true))], block: -1)
            for (number, url) in article.links.enumerated() {
                builder.wrapped([StyledSpan("[\(number + 1)] ", Style(.muted)), StyledSpan(url, Style(.accent))], block: -1)
            }
        }
        return ReaderDocument(width: width, lines: builder.lines)
    }

    static func facts(_ article: Article, summary: ArticleSummary, dates: DateDisplay) -> String {
        let minutes = max(1, (summary.words + readingSpeed / 2) / readingSpeed)
        let section = summary.section.isEmpty ? "top level" : summary.section
        var parts = [dates.full(summary.date), section, "\(summary.words) words", "\(minutes) min read"]
        if let author = article.author, !author.isEmpty { parts.insert("by \(author)", at: 0) }
        return parts.joined(separator: " · ")
    }

    /// Where line `index` starts in the text, to find the same place after a re-layout.
    public func anchor(at index: Int) -> (paragraph: Int, offset: Int)? {
        guard lines.indices.contains(index) else { return nil }
        return (lines[index].paragraph, max(0, lines[index].offset))
    }

    /// The line that shows the given place of the text.
    public func line(for anchor: (paragraph: Int, offset: Int)) -> Int {
        var best: Int?
        for (index, line) in lines.enumerated() where line.paragraph == anchor.paragraph && line.offset >= 0 {
            if line.offset <= anchor.offset || best == nil { best = index } else { break }
        }
        return best ?? 0
    }
}

/// Accumulates laid-out lines for `ReaderDocument`.
private struct Builder {
    let width: Int
    var lines: [ReaderDocument.Line] = []

    mutating func blank() {
        lines.append(.init(spans: [], paragraph: -1, offset: -1))
    }

    /// Wraps spans to the width behind an optional first-line prefix and continuation indent.
    /// Prefixes give way before the text does: deep lists and quotes (a hostile page nests
    /// a hundred) keep at least two columns of text, and no line is wider than the pane.
    mutating func wrapped(_ spans: [StyledSpan], block: Int, prefix: [StyledSpan] = [], indent: [StyledSpan]? = nil) {
        let room = max(0, width - min(width, 2))
        let first = Self.fitted(prefix, to: room)
        let prefixWidth = first.map(\.text.displayWidth).reduce(0, +)
        let continuation = indent.map { Self.fitted($0, to: room) } ?? [StyledSpan(String(repeating: " ", count: prefixWidth), .normal)]
        let textWidth = max(1, width - max(prefixWidth, continuation.map(\.text.displayWidth).reduce(0, +)))
        var offset = 0
        for (number, line) in StyledWrapper.wrap(spans, width: textWidth).enumerated() {
            lines.append(.init(spans: (number == 0 ? first : continuation) + line, paragraph: block, offset: offset))
            offset += line.map(\.text.count).reduce(0, +) + 1
        }
    }

    /// A prefix cut to `room` columns, in its first span's style: its indent goes first, so a
    /// deep list item keeps its marker as long as there is room for it.
    private static func fitted(_ prefix: [StyledSpan], to room: Int) -> [StyledSpan] {
        var text = Substring(prefix.map(\.text).joined())
        guard text.displayWidth > room, let style = prefix.first?.style else { return prefix }
        while text.first == " ", text.displayWidth > room { text = text.dropFirst() }
        let cut = TextWrapper.truncate(String(text), toWidth: room, ellipsis: "")
        return cut.isEmpty ? [] : [StyledSpan(cut, style)]
    }

    mutating func add(_ block: Block, index: Int, previous: Block?) {
        // List items of one list sit together; everything else is set off by a blank line.
        if case .listItem = block, case .listItem = previous {} else { blank() }
        switch block {
        case .paragraph(let runs):
            wrapped(spans(runs), block: index)
        case .heading(let level, let runs):
            wrapped(spans(runs, base: Style(.accent, bold: true, underline: level == 1)), block: index)
        case .listItem(let marker, let depth, let runs):
            let indent = String(repeating: "  ", count: depth)
            wrapped(spans(runs), block: index, prefix: [StyledSpan(indent + marker + " ", Style(.accent))])
        case .quote(let depth, let runs):
            let bar = [StyledSpan(String(repeating: "│ ", count: max(1, depth)), Style(.muted))]
            wrapped(spans(runs, base: Style(.muted)), block: index, prefix: bar, indent: bar)
        case .code(let codeLines):
            var offset = 0
            let margin = width > 3 ? "  " : ""
            for line in codeLines {
                for piece in StyledWrapper.hardBreak(line, width: max(1, width - margin.count)) {
                    lines.append(.init(spans: [StyledSpan(margin + piece, Style(.section))], paragraph: index, offset: offset))
                    offset += piece.count
                }
            }
        }
    }

    func spans(_ runs: [TextRun], base: Style = .normal) -> [StyledSpan] {
        runs.map { run in
            var style = base
            if run.emphasis.contains(.strong) { style.bold = true }
            if run.emphasis.contains(.emphasis) || run.emphasis.contains(.link) { style.underline = true }
            if run.emphasis.contains(.code) { style.role = .section }
            return StyledSpan(run.text, style)
        }
    }
}
