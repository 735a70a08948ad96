import CLibXML2
import Foundation

/// Turns an HTML subtree into structural events for a `BlockAssembler`.
struct HTMLBodyWalker {
    /// Walks `root` and everything inside it.
    static func walk(_ root: xmlNodePtr, into assembler: inout BlockAssembler) {
        var traversal = HTMLTraversal(root: root)
        while let event = traversal.next() {
            switch event {
            case .enter(let node):
                if node.isText {
                    assembler.text(node.textContent)
                } else if node.isElement {
                    if !enter(node, into: &assembler) { traversal.skipChildren() }
                } else {
                    traversal.skipChildren()
                }
            case .exit(let node):
                if node.isElement { exit(node, into: &assembler) }
            }
        }
        assembler.endBlock()
    }

    /// Returns false when the element's content must be passed over.
    private static func enter(_ node: xmlNodePtr, into assembler: inout BlockAssembler) -> Bool {
        // `hidden` content is not shown by browsers either (often screen-reader or script text).
        if node.hasAttribute("hidden") { return false }
        switch HTMLElementRole(name: node.elementName) {
        case .dropped:
            return false
        case .block:
            assembler.endBlock()
        case .heading(let level):
            assembler.beginHeading(level: level)
        case .list(let ordered):
            let start = node.attribute("start").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            assembler.openList(ordered: ordered, start: start, reversed: node.hasAttribute("reversed"))
        case .listItem:
            let value = node.attribute("value").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            assembler.openItem(value: value)
        case .quote:
            assembler.openQuote()
        case .preformatted:
            assembler.code(lines: HTMLPreformatted.lines(of: node))
            return false
        case .tableRow:
            assembler.beginRow()
        case .tableCell:
            assembler.beginCell()
        case .strong:
            assembler.beginStrong()
        case .emphasis:
            assembler.beginEmphasis()
        case .code:
            assembler.beginCode()
        case .link:
            assembler.beginLink(href: node.attribute("href"))
        case .image:
            assembler.image(alt: node.attribute("alt"))
            return false
        case .lineBreak:
            assembler.lineBreak()
            return false
        case .inline:
            break
        }
        return true
    }

    private static func exit(_ node: xmlNodePtr, into assembler: inout BlockAssembler) {
        switch HTMLElementRole(name: node.elementName) {
        case .block:
            assembler.endBlock()
        case .heading:
            assembler.endHeading()
        case .list:
            assembler.closeList()
        case .listItem:
            assembler.closeItem()
        case .quote:
            assembler.closeQuote()
        case .tableRow:
            assembler.endRow()
        case .strong:
            assembler.endStrong()
        case .emphasis:
            assembler.endEmphasis()
        case .code:
            assembler.endCode()
        case .link:
            assembler.endLink()
        case .dropped, .preformatted, .image, .lineBreak, .tableCell, .inline:
            break
        }
    }
}
