import CLibXML2

/// The visible text of an element as one line (titles, author names, headings).
enum HTMLText {
    static func collapsed(of element: xmlNodePtr) -> String {
        var builder = InlineBuilder()
        var traversal = HTMLTraversal(root: element)
        while let event = traversal.next() {
            guard case .enter(let node) = event else { continue }
            if node.isText {
                builder.appendCollapsing(node.textContent, emphasis: [])
            } else if node.isElement, case .dropped = HTMLElementRole(name: node.elementName), node != element {
                traversal.skipChildren()
            } else if node.isElement, node.elementName == "br" {
                builder.markSpace(emphasis: [])
            }
        }
        return builder.take().plainText
    }

    /// `text` with whitespace collapsed and trimmed (attribute values such as meta content).
    static func collapsed(_ text: String) -> String {
        var builder = InlineBuilder()
        builder.appendCollapsing(text, emphasis: [])
        return builder.take().plainText
    }
}
