/// A node of a Markdown document's block structure, built line by line: containers hold
/// children, leaves hold their source lines.
final class MarkdownNode {
    enum Kind {
        case document
        case quote
        /// `delimiter` is the bullet character, or `.` / `)` after a number; a different one
        /// starts a new list.
        case list(ordered: Bool, delimiter: UInt8, start: Int)
        /// Continuation lines must be indented by `contentIndent` columns.
        case item(contentIndent: Int)
        case paragraph
        case heading(level: Int)
        case fencedCode(fence: UInt8, length: Int, indent: Int)
        case indentedCode
        /// Raw HTML; `endMarker` (such as "</pre>") ends it, else a blank line does.
        case html(endMarker: String?)
        /// The first line is the header row; the delimiter row is not kept.
        case table
        case thematicBreak
    }

    var kind: Kind
    var children: [MarkdownNode] = []
    var lines: [String] = []
    var isOpen = true

    init(_ kind: Kind, lines: [String] = []) {
        self.kind = kind
        self.lines = lines
    }

    var isParagraph: Bool {
        if case .paragraph = kind { return true }
        return false
    }

    var isTable: Bool {
        if case .table = kind { return true }
        return false
    }

    /// Closes this node and whatever is still open at its end.
    func close() {
        var node: MarkdownNode? = self
        while let current = node, current.isOpen {
            current.isOpen = false
            node = current.children.last
        }
    }
}
