import Foundation

/// Builds blocks from a stream of structural events (open a list, start a heading, some text,
/// end a block) so the HTML walker and the Markdown reader share one set of rules for what
/// becomes a paragraph, a list item or a quote, and one link numbering.
struct BlockAssembler {
    /// Deeper lists and quotes are shown at this depth: a reading pane indents per level, and a
    /// hostile file nesting thousands deep must not push its text off the screen.
    static let maxDepth = 12

    private(set) var blocks: [Block] = []
    private(set) var numbering = LinkNumbering()
    /// Relative link targets are resolved against this (a page's `<base>` or canonical URL).
    var baseURL: URL?

    private var inline = InlineBuilder()
    private var containers: [BlockContainer] = []
    /// Lists and quotes among `containers`, kept up to date so a block's depth costs nothing
    /// even thousands of levels down.
    private var listCount = 0
    private var quoteCount = 0
    private var headingLevels: [Int] = []
    private var strongCount = 0
    private var emphasisCount = 0
    private var codeCount = 0
    /// One entry per open link: its URL, or nil when it leads nowhere (or sits in another link),
    /// and how much text had arrived when it opened.
    private var openLinks: [(url: String?, textMark: Int, blockMark: Int)] = []
    /// Cells begun in each open table row; inside a row everything stays on one line.
    private var rowCells: [Int] = []
    /// A `<br>` was the last thing seen: a second one in a row ends the paragraph, as old pages
    /// separate paragraphs with `<br><br>`.
    private var lastWasBreak = false

    init(baseURL: URL? = nil) {
        self.baseURL = baseURL
    }

    var richText: RichText { RichText(blocks: blocks, links: numbering.urls) }

    // MARK: Inline content

    mutating func text(_ text: some StringProtocol) {
        let before = inline.appendedCount
        inline.appendCollapsing(text, emphasis: currentEmphasis)
        if inline.appendedCount != before { lastWasBreak = false }
    }

    /// Whitespace between words that the source did not spell as a space (a soft line break).
    mutating func space() {
        inline.markSpace(emphasis: currentEmphasis)
    }

    mutating func lineBreak() {
        guard !inline.isEmpty else { return }
        if lastWasBreak && rowCells.isEmpty {
            endBlock()
        } else {
            inline.markSpace(emphasis: currentEmphasis)
            lastWasBreak = true
        }
    }

    mutating func beginStrong() { strongCount += 1 }
    mutating func endStrong() { strongCount = max(0, strongCount - 1) }
    mutating func beginEmphasis() { emphasisCount += 1 }
    mutating func endEmphasis() { emphasisCount = max(0, emphasisCount - 1) }
    mutating func beginCode() { codeCount += 1 }
    mutating func endCode() { codeCount = max(0, codeCount - 1) }

    mutating func beginLink(href: String?) {
        let insideLink = openLinks.contains { $0.url != nil }
        let url = insideLink ? nil : href.flatMap { LinkTarget.usable($0, base: baseURL) }
        openLinks.append((url, inline.appendedCount, blocks.count))
    }

    mutating func endLink() {
        guard let link = openLinks.popLast() else { return }
        guard let url = link.url else { return }
        let textArrived = inline.appendedCount != link.textMark || blocks.count != link.blockMark
        guard textArrived else { return }
        let reference = TextRun(" [\(numbering.number(for: url))]", currentEmphasis)
        if !inline.isEmpty {
            inline.appendAttached(reference.text, emphasis: reference.emphasis)
        } else if let last = blocks.indices.last {
            // The link wrapped whole blocks (a card linking its headline and teaser): its number
            // goes after the last of them rather than opening the next block.
            blocks[last] = blocks[last].appending(reference)
        }
    }

    /// An image's alternative text, in brackets so it reads as a stand-in.
    mutating func image(alt: String?) {
        guard let alt else { return }
        var collapsed = InlineBuilder()
        collapsed.appendCollapsing(alt, emphasis: [])
        let words = collapsed.take().plainText
        guard !words.isEmpty else { return }
        text("[" + words + "]")
    }

    private var currentEmphasis: TextRun.Emphasis {
        var emphasis: TextRun.Emphasis = []
        if strongCount > 0 { emphasis.insert(.strong) }
        if emphasisCount > 0 { emphasis.insert(.emphasis) }
        if codeCount > 0 { emphasis.insert(.code) }
        if openLinks.contains(where: { $0.url != nil }) { emphasis.insert(.link) }
        return emphasis
    }

    // MARK: Blocks

    /// Ends the current paragraph (or item text, quote text, heading), if it has any text.
    mutating func endBlock() {
        lastWasBreak = false
        guard rowCells.isEmpty else {
            inline.markSpace(emphasis: [])
            return
        }
        let runs = inline.take()
        guard !runs.isEmpty else { return }
        blocks.append(block(of: runs))
    }

    mutating func beginHeading(level: Int) {
        endBlock()
        if rowCells.isEmpty { headingLevels.append(min(max(level, 1), 6)) }
    }

    mutating func endHeading() {
        endBlock()
        if rowCells.isEmpty { _ = headingLevels.popLast() }
    }

    /// Preformatted lines, kept verbatim; inside a table cell they join the row's line instead.
    mutating func code(lines: [String]) {
        guard rowCells.isEmpty else {
            for line in lines { text(line) }
            return
        }
        endBlock()
        var trimmed = lines[...]
        while let first = trimmed.first, first.allSatisfy(\.isWhitespace) { trimmed.removeFirst() }
        while let last = trimmed.last, last.allSatisfy(\.isWhitespace) { trimmed.removeLast() }
        guard !trimmed.isEmpty else { return }
        blocks.append(.code(Array(trimmed)))
    }

    mutating func openList(ordered: Bool, start: Int? = nil, reversed: Bool = false) {
        endBlock()
        push(.list(ordered: ordered, next: start ?? 1, step: reversed ? -1 : 1))
    }

    mutating func closeList() {
        endBlock()
        if let index = containers.lastIndex(where: \.isList) { pop(from: index) }
    }

    /// Opens a list item; `value` restarts the numbering there (`<li value="7">`).
    mutating func openItem(value: Int? = nil) {
        endBlock()
        var marker = "•"
        if let index = containers.lastIndex(where: \.isList),
           case .list(let ordered, let next, let step) = containers[index], ordered {
            let number = value ?? next
            marker = "\(number)."
            containers[index] = .list(ordered: true, next: number + step, step: step)
        }
        push(.item(marker: marker, markerShown: false))
    }

    mutating func closeItem() {
        endBlock()
        if let index = containers.lastIndex(where: \.isItem) { pop(from: index) }
    }

    mutating func openQuote() {
        endBlock()
        push(.quote)
    }

    mutating func closeQuote() {
        endBlock()
        if let index = containers.lastIndex(where: \.isQuote) { pop(from: index) }
    }

    private mutating func push(_ container: BlockContainer) {
        containers.append(container)
        if container.isList { listCount += 1 }
        if container.isQuote { quoteCount += 1 }
    }

    /// Closes the container at `index` and any left open inside it.
    private mutating func pop(from index: Int) {
        for container in containers[index...] {
            if container.isList { listCount -= 1 }
            if container.isQuote { quoteCount -= 1 }
        }
        containers.removeSubrange(index...)
    }

    // MARK: Tables

    mutating func beginRow() {
        endBlock()
        rowCells.append(0)
    }

    mutating func beginCell() {
        guard let last = rowCells.indices.last else { return }
        if rowCells[last] > 0 {
            // The space after the bar comes from markSpace, so a cell's own leading blanks do
            // not double it.
            inline.discardPendingSpace()
            inline.appendAttached(inline.isEmpty ? "|" : " |", emphasis: [])
            inline.markSpace(emphasis: [])
        }
        rowCells[last] += 1
    }

    mutating func endRow() {
        guard rowCells.popLast() != nil else { return }
        guard rowCells.isEmpty else {
            inline.markSpace(emphasis: [])
            return
        }
        // A row of empty cells (spacer rows in old layouts) is only separators.
        if inline.runs.plainText.allSatisfy({ $0 == "|" || $0 == " " }) {
            _ = inline.take()
        }
        endBlock()
    }

    // MARK: Choosing the block kind

    private mutating func block(of runs: [TextRun]) -> Block {
        if let level = headingLevels.last { return .heading(level: level, runs) }
        return containerBlock(of: runs)
    }

    private mutating func containerBlock(of runs: [TextRun]) -> Block {
        guard let index = containers.lastIndex(where: { !$0.isList }) else { return .paragraph(runs) }
        switch containers[index] {
        case .item(let marker, let markerShown):
            containers[index] = .item(marker: marker, markerShown: true)
            return .listItem(marker: markerShown ? "" : marker, depth: clamp(listCount - 1), runs)
        case .quote:
            return .quote(depth: clamp(quoteCount), runs)
        case .list:
            return .paragraph(runs)
        }
    }

    private func clamp(_ depth: Int) -> Int {
        min(max(depth, 0), Self.maxDepth)
    }
}
