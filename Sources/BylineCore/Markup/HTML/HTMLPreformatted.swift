import CLibXML2

/// The text of a `<pre>` exactly as written: every descendant's characters, `<br>` as a line
/// break, split into lines.
enum HTMLPreformatted {
    static func lines(of pre: xmlNodePtr) -> [String] {
        var text = ""
        var traversal = HTMLTraversal(root: pre)
        while let event = traversal.next() {
            guard case .enter(let node) = event else { continue }
            if node.isText {
                text += node.textContent
            } else if node.isElement {
                switch node.elementName {
                case "br": text += "\n"
                case "script", "style", "template": traversal.skipChildren()
                default: break
                }
            }
        }
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .map(String.init)
        // HTML drops a line break right after <pre>; a parser that kept it leaves an empty line.
        if lines.first?.isEmpty == true { lines.removeFirst() }
        return lines
    }
}
