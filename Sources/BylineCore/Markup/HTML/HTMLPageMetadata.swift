import CLibXML2
import Foundation

/// What a whole page says about itself, gathered in one pass over the document: meta tags,
/// `<title>`, the first `<h1>` and `<time>`, canonical and author links, and where the story is.
struct HTMLPageMetadata {
    /// `<meta>` contents by lower-cased `property`, `name` or `itemprop`; the first one wins.
    var metas: [String: String] = [:]
    var documentTitle: String?
    var firstHeading: String?
    /// `datetime` or `content` of elements marked `itemprop="datePublished"` that are not meta.
    var itemDatePublished: String?
    var firstTimeDatetime: String?
    var relAuthorText: String?
    var canonical: String?
    var baseHref: String?
    var articles: [xmlNodePtr] = []
    var main: xmlNodePtr?
    var body: xmlNodePtr?

    init(document root: xmlNodePtr) {
        var traversal = HTMLTraversal(root: root)
        while let event = traversal.next() {
            guard case .enter(let node) = event, node.isElement else { continue }
            if !collect(node) { traversal.skipChildren() }
        }
    }

    /// Returns false when nothing inside the element can matter.
    private mutating func collect(_ node: xmlNodePtr) -> Bool {
        let name = node.elementName
        switch name {
        case "script", "style", "template", "noscript", "svg":
            return false
        case "meta":
            recordMeta(node)
        case "title":
            if documentTitle == nil { documentTitle = HTMLText.collapsed(of: node) }
        case "h1":
            if firstHeading == nil { firstHeading = HTMLText.collapsed(of: node) }
        case "time":
            if firstTimeDatetime == nil { firstTimeDatetime = node.attribute("datetime") }
        case "link":
            let rel = node.attributeTokens("rel")
            if rel.contains("canonical"), canonical == nil { canonical = node.attribute("href") }
        case "a":
            if relAuthorText == nil, node.attributeTokens("rel").contains("author") {
                relAuthorText = HTMLText.collapsed(of: node)
            }
        case "base":
            if baseHref == nil { baseHref = node.attribute("href") }
        case "article":
            articles.append(node)
        case "main":
            if main == nil { main = node }
        case "body":
            if body == nil { body = node }
        default:
            break
        }
        if name != "meta", itemDatePublished == nil,
           node.attributeTokens("itemprop").contains("datepublished") {
            itemDatePublished = node.attribute("datetime") ?? node.attribute("content")
        }
        return true
    }

    private mutating func recordMeta(_ node: xmlNodePtr) {
        guard let content = node.attribute("content") else { return }
        for key in ["property", "name", "itemprop"] {
            guard let value = node.attribute(key) else { continue }
            let normalized = value.lowercased().trimmingCharacters(in: .whitespaces)
            if metas[normalized] == nil { metas[normalized] = content }
        }
    }
}
