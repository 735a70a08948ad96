import CLibXML2

/// Copies what an item or entry says out of the XML tree into a `FeedEntry`.
enum FeedEntryReader {
    static func read(_ item: xmlNodePtr, root: FeedRoot) -> FeedEntry {
        let children = item.childElements.map { (name: $0.feedName(root: root), node: $0) }
        func all(_ name: String) -> [xmlNodePtr] { children.filter { $0.name == name }.map(\.node) }
        func texts(_ names: [String]) -> [String] {
            names.flatMap(all).map { $0.allText.trimmingWhitespace() }.filter { !$0.isEmpty }
        }
        return root == .atom ? readAtom(all: all, texts: texts) : readRSS(all: all, texts: texts)
    }

    private static func readRSS(all: (String) -> [xmlNodePtr], texts: ([String]) -> [String]) -> FeedEntry {
        var entry = FeedEntry()
        entry.title = all("title").first.map { FeedText(kind: .text, value: $0.allText) }
        let guid = all("guid").first
        entry.id = texts(["guid"]).first
        entry.link = texts(["link"]).first
        // A permalink guid is the item's address when it gives no link (RSS 2.0 says so).
        if entry.link == nil, let id = entry.id, guid?.attribute("isPermaLink")?.lowercased() != "false",
           id.hasPrefix("http://") || id.hasPrefix("https://") {
            entry.link = id
        }
        entry.authors = authors(rss: all)
        entry.dates = texts(["pubDate", "dc:date", "dcterms:issued", "dcterms:modified"])
        let bodies = ["content:encoded", "description"].flatMap(all).map { FeedText(kind: .html, value: htmlSource($0)) }
        entry.content = bodies.first { !$0.isBlank }
        return entry
    }

    private static func readAtom(all: (String) -> [xmlNodePtr], texts: ([String]) -> [String]) -> FeedEntry {
        var entry = FeedEntry()
        entry.title = all("title").first.flatMap(textConstruct)
        entry.id = texts(["id"]).first
        entry.link = alternateLink(all("link"))
        entry.authors = authors(atom: all)
        entry.dates = texts(["published", "updated", "issued", "modified", "dc:date"])
        // Content given by reference (`src`) is not in the file; the summary stands in.
        let bodies = all("content").filter { !$0.hasAttribute("src") } + all("summary") + all("content:encoded")
        entry.content = bodies.lazy.compactMap(textConstruct).first { !$0.isBlank }
        return entry
    }

    /// `author` (often "jane@example.com (Jane Doe)") and `dc:creator`, in that order.
    static func authors(rss all: (String) -> [xmlNodePtr]) -> [String] {
        var warnings: [String] = []
        let authors = all("author").compactMap { node -> String? in
            let text = node.allText.collapsingWhitespace()
            return text.contains("@") ? MailboxName.author(fromHeader: text, warnings: &warnings) : text
        }
        return (authors + all("dc:creator").map { $0.allText.collapsingWhitespace() }).filter { !$0.isEmpty }
    }

    /// The names of Atom `author` elements, then `dc:creator`.
    static func authors(atom all: (String) -> [xmlNodePtr]) -> [String] {
        let names = all("author").flatMap { author in
            author.childElements.filter { $0.elementName == "name" }.map { $0.allText.collapsingWhitespace() }
        }
        return (names + all("dc:creator").map { $0.allText.collapsingWhitespace() }).filter { !$0.isEmpty }
    }

    /// Atom's `text`, `html` and `xhtml` types and their MIME spellings; nil for other media
    /// (an image, base64 data), which a terminal cannot show.
    static func textConstruct(_ node: xmlNodePtr) -> FeedText? {
        let type = node.attribute("type")?.trimmingWhitespace().lowercased() ?? "text"
        switch type {
        case "html", "text/html":
            return FeedText(kind: .html, value: htmlSource(node))
        case "xhtml", "application/xhtml+xml":
            // The content is wrapped in one XHTML div, which carries no meaning of its own.
            let elements = node.childElements
            let wrapper = elements.count == 1 && elements[0].elementName == "div" ? elements[0] : node
            return FeedText(kind: .html, value: wrapper.innerHTML)
        case "text", "text/plain":
            return FeedText(kind: .text, value: node.allText)
        default:
            return type.hasPrefix("text/") ? FeedText(kind: .text, value: node.allText) : nil
        }
    }

    /// HTML as the feed carries it: escaped or in CDATA, as it should be, or (a common slip)
    /// written straight into the XML, where it arrives as child elements.
    private static func htmlSource(_ node: xmlNodePtr) -> String {
        node.childElements.isEmpty ? node.allText : node.innerHTML
    }

    /// The first `link` with no `rel` or `rel="alternate"`: the entry's web page.
    private static func alternateLink(_ links: [xmlNodePtr]) -> String? {
        links.lazy.filter { ($0.attribute("rel")?.trimmingWhitespace() ?? "alternate") == "alternate" }
            .compactMap { $0.attribute("href")?.trimmingWhitespace() }
            .first { !$0.isEmpty }
    }
}
