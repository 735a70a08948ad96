import CLibXML2

/// Walks and reads over libxml2 XML nodes for the feed reader. Every walk is a loop over
/// parent and sibling pointers, so no nesting depth can overflow the stack.
extension UnsafeMutablePointer where Pointee == xmlNode {
    enum WalkStep {
        case enter(xmlNodePtr)
        /// After an element's children.
        case leave(xmlNodePtr)
    }

    /// Every node below this one in document order, elements entered and left.
    func walkDescendants(_ visit: (WalkStep) -> Void) {
        guard var node = pointee.children else { return }
        while true {
            visit(.enter(node))
            if node.isElement, let child = node.pointee.children {
                node = child
                continue
            }
            if node.isElement { visit(.leave(node)) }
            var current = node
            while true {
                if let next = current.pointee.next {
                    node = next
                    break
                }
                guard let parent = current.pointee.parent, parent != self else { return }
                visit(.leave(parent))
                current = parent
            }
        }
    }

    /// The element children, in order.
    var childElements: [xmlNodePtr] {
        var children: [xmlNodePtr] = []
        var child = pointee.children
        while let node = child {
            if node.isElement { children.append(node) }
            child = node.pointee.next
        }
        return children
    }

    /// The element's name as `FeedNamespaces` spells it. A prefix the document never declared
    /// ("dc:creator" without xmlns:dc) stays part of the name, which is what libxml2 gives.
    func feedName(root: FeedRoot) -> String {
        guard isElement, let name = pointee.name else { return "" }
        let href = pointee.ns?.pointee.href.map { String(cString: $0) }
        let prefix = pointee.ns?.pointee.prefix.map { String(cString: $0) }
        return FeedNamespaces.name(local: String(cString: name), href: href, documentPrefix: prefix, root: root)
    }

    /// All the text inside the element, markup left out.
    var allText: String {
        var text = ""
        walkDescendants { step in
            if case .enter(let node) = step, node.isText { text += node.textContent }
        }
        return text
    }

    /// The element's content as HTML source, for XHTML content that the HTML renderer then
    /// reads: prefixes dropped, text and attributes escaped again.
    var innerHTML: String {
        var html = ""
        walkDescendants { step in
            switch step {
            case .enter(let node) where node.isElement:
                let name = node.elementName
                html += "<" + name
                var property = node.pointee.properties
                while let attribute = property {
                    if let attributeName = attribute.pointee.name {
                        let key = String(cString: attributeName)
                        html += " " + key + "=\"" + HTMLEscaping.escape(node.attribute(key) ?? "", quotes: true) + "\""
                    }
                    property = attribute.pointee.next
                }
                html += ">"
            case .enter(let node) where node.isText:
                html += HTMLEscaping.escape(node.textContent, quotes: false)
            case .enter:
                break
            case .leave(let node):
                if !HTMLEscaping.voidElements.contains(node.elementName) { html += "</" + node.elementName + ">" }
            }
        }
        return html
    }
}

/// Re-escaping for `innerHTML`.
enum HTMLEscaping {
    /// Elements that never have an end tag: "</br>" would read as a second line break.
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]

    static func escape(_ text: String, quotes: Bool) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"" where quotes: escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
