/// Where raw HTML starts a block of its own in Markdown, and what ends it.
enum MarkdownHTMLBlock {
    struct Start {
        /// Text that ends the block on the line containing it; nil means a blank line does.
        var endMarker: String?
        /// Known block-level tags may cut a paragraph short; any other tag only starts a block
        /// after a blank line.
        var canInterruptParagraph: Bool
    }

    static func start(_ line: MarkdownLine, at index: Int) -> Start? {
        guard line[index] == UInt8(ascii: "<") else { return nil }
        let rest = line.text(from: index + 1)
        if rest.hasPrefix("!--") { return Start(endMarker: "-->", canInterruptParagraph: true) }
        let isClosing = rest.hasPrefix("/")
        let name = String(rest.dropFirst(isClosing ? 1 : 0).prefix { $0.isASCII && ($0.isLetter || $0.isNumber) })
            .lowercased()
        guard let first = name.first, first.isLetter else { return nil }
        let after = rest.dropFirst((isClosing ? 1 : 0) + name.count).first
        guard after == nil || after == " " || after == ">" || after == "/" || after == "\t" else { return nil }
        if !isClosing, verbatimTags.contains(name) {
            return Start(endMarker: "</\(name)>", canInterruptParagraph: true)
        }
        if blockTags.contains(name) { return Start(endMarker: nil, canInterruptParagraph: true) }
        // Any other tag counts only when it stands alone on its line.
        let scalars = Array(line.text(from: index).unicodeScalars)
        guard let tag = InlineHTMLTag.scan(scalars, at: 0),
              scalars[tag.end...].allSatisfy({ $0 == " " || $0 == "\t" })
        else { return nil }
        return Start(endMarker: nil, canInterruptParagraph: false)
    }

    private static let verbatimTags: Set<String> = ["pre", "script", "style", "textarea"]

    private static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "header", "hr", "html", "iframe", "legend", "li", "main", "menu", "nav", "ol", "p", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
    ]
}
