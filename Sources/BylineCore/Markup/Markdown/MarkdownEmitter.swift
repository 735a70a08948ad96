/// Walks a parsed Markdown tree into a `BlockAssembler`. Recursive, but the block parser caps
/// container nesting, so the depth is bounded.
struct MarkdownEmitter {
    let references: [String: String]

    func emit(_ node: MarkdownNode, into assembler: inout BlockAssembler) {
        switch node.kind {
        case .document:
            emitChildren(of: node, into: &assembler)
        case .quote:
            assembler.openQuote()
            emitChildren(of: node, into: &assembler)
            assembler.closeQuote()
        case .list(let ordered, _, let start):
            assembler.openList(ordered: ordered, start: start)
            emitChildren(of: node, into: &assembler)
            assembler.closeList()
        case .item:
            assembler.openItem()
            emitChildren(of: node, into: &assembler)
            assembler.closeItem()
        case .paragraph:
            inline(node.lines, into: &assembler)
            assembler.endBlock()
        case .heading(let level):
            assembler.beginHeading(level: level)
            inline(node.lines, into: &assembler)
            assembler.endHeading()
        case .fencedCode:
            assembler.code(lines: node.lines)
        case .indentedCode:
            assembler.code(lines: node.lines)
        case .html:
            HTMLConverter.convert(html: node.lines.joined(separator: "\n"), into: &assembler)
        case .table:
            table(node.lines, into: &assembler)
        case .thematicBreak:
            assembler.endBlock()
        }
    }

    private func emitChildren(of node: MarkdownNode, into assembler: inout BlockAssembler) {
        for child in node.children { emit(child, into: &assembler) }
    }

    private func inline(_ lines: [String], into assembler: inout BlockAssembler) {
        guard !lines.isEmpty else { return }
        // The last line's trailing spaces would read as a hard break before nothing.
        let source = lines.joined(separator: "\n").trimmingSpaces()
        MarkdownInlineRenderer.render(source, references: references, into: &assembler)
    }

    private func table(_ rows: [String], into assembler: inout BlockAssembler) {
        for row in rows {
            assembler.beginRow()
            for cell in MarkdownTable.cells(of: row) {
                assembler.beginCell()
                MarkdownInlineRenderer.render(cell, references: references, into: &assembler)
            }
            assembler.endRow()
        }
    }
}
