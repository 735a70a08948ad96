/// Builds a Markdown document's block structure one line at a time, CommonMark-style: each line
/// first continues the open quotes and list items, may open new ones, and then lands in a leaf
/// (paragraph, heading, code, HTML, table). No recursion, so nesting depth costs no stack.
struct MarkdownBlockParser {
    /// Quotes and lists nested deeper than this read as text: more is never meant, and the
    /// emitter walks the tree recursively.
    static let maxContainers = 64

    let document = MarkdownNode(.document)
    /// The open containers, document first.
    private var open: [MarkdownNode]

    init() {
        open = [document]
    }

    mutating func add(_ text: some StringProtocol) {
        let line = MarkdownLine(text)
        var position = 0
        var matched = matchOpenContainers(line, position: &position)
        if matched == open.count, continueVerbatimLeaf(line, position: position) { return }

        let newContainers = openNewContainers(line, position: &position, matched: &matched)
        if line.isBlank(from: position) {
            closeUnmatched(keeping: matched)
            closeOpenLeaf()
            return
        }
        // A paragraph's continuation may drop the quote markers ("lazy" lines).
        if !newContainers, matched < open.count,
           let paragraph = openParagraph(in: open[open.count - 1]),
           line.indent(from: position) >= 4 || !startsLeaf(line, at: position + line.indent(from: position)) {
            paragraph.lines.append(line.text(from: position).trimmingLeadingSpaces())
            return
        }
        closeUnmatched(keeping: matched)
        addLeafLine(line, position: position)
    }

    /// Closes everything; the document is complete.
    mutating func finish() -> MarkdownNode {
        document.close()
        return document
    }

    // MARK: Containers

    /// Follows the open quotes and items this line continues; returns how many of `open` it
    /// matched (the document always does).
    private func matchOpenContainers(_ line: MarkdownLine, position: inout Int) -> Int {
        var matched = 1
        while matched < open.count {
            let container = open[matched]
            switch container.kind {
            case .quote:
                let indent = line.indent(from: position)
                guard indent <= 3, line[position + indent] == UInt8(ascii: ">") else { return matched }
                position += indent + 1
                if line[position] == UInt8(ascii: " ") { position += 1 }
                matched += 1
            case .list:
                // A list continues exactly when its open item does.
                guard matched + 1 < open.count, case .item(let contentIndent) = open[matched + 1].kind else {
                    return matched
                }
                if line.isBlank(from: position) {
                    guard !open[matched + 1].children.isEmpty else { return matched }
                } else {
                    guard line.indent(from: position) >= contentIndent else { return matched }
                    position += contentIndent
                }
                matched += 2
            default:
                return matched
            }
        }
        return matched
    }

    /// Opens the quotes and list items this line starts; returns true if it opened any.
    private mutating func openNewContainers(_ line: MarkdownLine, position: inout Int, matched: inout Int) -> Bool {
        var opened = false
        while open.count < Self.maxContainers {
            let indent = line.indent(from: position)
            guard indent <= 3 else { break }
            let start = position + indent
            if line[start] == UInt8(ascii: ">") {
                closeUnmatched(keeping: matched)
                push(MarkdownNode(.quote))
                matched = open.count
                position = start + 1
                if line[position] == UInt8(ascii: " ") { position += 1 }
                opened = true
                continue
            }
            guard let marker = MarkdownMarkers.listMarker(line, at: start),
                  !MarkdownMarkers.isThematicBreak(line, from: position)
            else { break }
            let emptyItem = line.isBlank(from: start + marker.width)
            // Only a list that plainly starts may cut a paragraph short ("1975. A year" is text).
            if !opened, matched == open.count, openParagraph(in: open[open.count - 1]) != nil,
               emptyItem || (marker.ordered && marker.number != 1) {
                break
            }
            let spaces = line.indent(from: start + marker.width)
            let gap = emptyItem || spaces > 4 ? 1 : spaces
            openItem(marker, matched: &matched)
            open[open.count - 1].kind = .item(contentIndent: indent + marker.width + gap)
            position = emptyItem ? line.bytes.count : start + marker.width + gap
            opened = true
        }
        return opened
    }

    /// Adds an item to the list right before it when the markers agree, else to a new list.
    private mutating func openItem(_ marker: MarkdownMarkers.ListMarker, matched: inout Int) {
        let parent = open[matched - 1]
        if matched < open.count, open[matched] === parent.children.last,
           case .list(let ordered, let delimiter, _) = open[matched].kind,
           ordered == marker.ordered, delimiter == marker.delimiter {
            closeUnmatched(keeping: matched + 1)
        } else {
            closeUnmatched(keeping: matched)
            push(MarkdownNode(.list(ordered: marker.ordered, delimiter: marker.delimiter, start: marker.number)))
        }
        push(MarkdownNode(.item(contentIndent: 0)))
        matched = open.count
    }

    private mutating func push(_ container: MarkdownNode) {
        append(container)
        open.append(container)
    }

    private mutating func closeUnmatched(keeping count: Int) {
        while open.count > count {
            open.removeLast().close()
        }
    }

    // MARK: Leaves

    /// The open paragraph at the end of `container`, if any.
    private func openParagraph(in container: MarkdownNode) -> MarkdownNode? {
        guard let last = container.children.last, last.isOpen, last.isParagraph else { return nil }
        return last
    }

    private var openLeaf: MarkdownNode? {
        guard let last = open[open.count - 1].children.last, last.isOpen else { return nil }
        return last
    }

    private func closeOpenLeaf() {
        openLeaf?.close()
    }

    /// Adds `node` to the innermost open container, closing what was open there before.
    private func append(_ node: MarkdownNode) {
        let container = open[open.count - 1]
        container.children.last?.close()
        container.children.append(node)
    }

    /// Fenced code, raw HTML and indented code take their lines as they are; returns true when
    /// the line went into one of them.
    private func continueVerbatimLeaf(_ line: MarkdownLine, position: Int) -> Bool {
        guard let leaf = openLeaf else { return false }
        switch leaf.kind {
        case .fencedCode(let fence, let length, let indent):
            if MarkdownMarkers.isClosingFence(line, from: position, fence: fence, length: length) {
                leaf.close()
            } else {
                leaf.lines.append(line.text(from: position + min(indent, line.indent(from: position))))
            }
            return true
        case .html(let endMarker):
            if endMarker == nil, line.isBlank(from: position) {
                leaf.close()
                return true
            }
            let text = line.text(from: position)
            leaf.lines.append(text)
            if let endMarker, text.lowercased().contains(endMarker) { leaf.close() }
            return true
        case .indentedCode:
            if line.indent(from: position) >= 4 {
                leaf.lines.append(line.text(from: position + 4))
                return true
            }
            if line.isBlank(from: position) {
                leaf.lines.append("")
                return true
            }
            return false
        default:
            return false
        }
    }

    /// True when the text at `index` opens a block other than a paragraph.
    private func startsLeaf(_ line: MarkdownLine, at index: Int) -> Bool {
        MarkdownMarkers.atxHeading(line, at: index) != nil || MarkdownMarkers.fenceOpening(line, at: index) != nil
            || MarkdownMarkers.isThematicBreak(line, from: index) || line[index] == UInt8(ascii: ">")
            || MarkdownMarkers.listMarker(line, at: index) != nil
            || MarkdownHTMLBlock.start(line, at: index)?.canInterruptParagraph == true
    }

    private func addLeafLine(_ line: MarkdownLine, position: Int) {
        let indent = line.indent(from: position)
        let paragraph = openParagraph(in: open[open.count - 1])
        if indent >= 4 {
            if let paragraph {
                paragraph.lines.append(line.text(from: position).trimmingLeadingSpaces())
            } else {
                append(MarkdownNode(.indentedCode, lines: [line.text(from: position + 4)]))
            }
            return
        }
        let start = position + indent
        if let heading = MarkdownMarkers.atxHeading(line, at: start) {
            append(MarkdownNode(.heading(level: heading.level), lines: [heading.text]))
            openLeaf?.close()
        } else if let fence = MarkdownMarkers.fenceOpening(line, at: start) {
            append(MarkdownNode(.fencedCode(fence: fence.fence, length: fence.length, indent: indent)))
        } else if let paragraph, let level = MarkdownMarkers.setextLevel(line, at: start) {
            paragraph.kind = .heading(level: level)
            paragraph.close()
        } else if MarkdownMarkers.isThematicBreak(line, from: position) {
            append(MarkdownNode(.thematicBreak))
            openLeaf?.close()
        } else if let html = MarkdownHTMLBlock.start(line, at: start), paragraph == nil || html.canInterruptParagraph {
            let node = MarkdownNode(.html(endMarker: html.endMarker), lines: [line.text(from: start)])
            append(node)
            if let end = html.endMarker, line.text(from: start).lowercased().contains(end) { node.close() }
        } else if let paragraph, paragraph.lines.count == 1,
                  let columns = MarkdownTable.delimiterColumns(line.text(from: start)),
                  columns == MarkdownTable.cells(of: paragraph.lines[0]).count {
            paragraph.kind = .table
        } else if let table = openLeaf, table.isTable, line.text(from: start).contains("|") {
            table.lines.append(line.text(from: start).trimmingSpaces())
        } else if let paragraph {
            // Trailing spaces stay: two of them mark a hard line break.
            paragraph.lines.append(line.text(from: start))
        } else {
            append(MarkdownNode(.paragraph, lines: [line.text(from: start)]))
        }
    }
}
