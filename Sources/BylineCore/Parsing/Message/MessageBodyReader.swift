/// Walks a message's MIME tree and picks what to read: one body (text/plain preferred among
/// alternatives), the text of enclosed messages, and the names of attachments.
struct MessageBodyReader {
    /// Deeper nesting is a recursion bomb, not mail.
    static let maximumDepth = 20

    let renderHTML: (String) -> RichText
    var warnings: [String] = []

    init(renderHTML: @escaping (String) -> RichText) {
        self.renderHTML = renderHTML
    }

    mutating func read(_ part: MIMEPart, depth: Int = 0) -> MessageContent {
        guard depth <= Self.maximumDepth else {
            warnings.append("MIME parts nested deeper than \(Self.maximumDepth) levels skipped")
            return MessageContent()
        }
        if part.isMultipart { return readMultipart(part, depth: depth) }
        if part.isEnclosedMessage { return readEnclosed(part, depth: depth) }
        if part.isText { return readText(part) }
        var content = MessageContent()
        content.attachments.append(part.fileName ?? "unnamed \(part.mediaType)")
        return content
    }

    /// A leaf text part: HTML through `renderHTML`, anything else as plain text (text/enriched
    /// and friends read better raw than not at all).
    mutating func readText(_ part: MIMEPart) -> MessageContent {
        let text = part.decodedText(warnings: &warnings)
        var content = MessageContent()
        content.hasBody = true
        if part.mediaType == "text/html" {
            let rich = renderHTML(text)
            content.body = rich.blocks
            content.bodyLinks = rich.links
        } else {
            let flowed = part.contentType["format"]?.lowercased() == "flowed"
            let deleteSpace = part.contentType["delsp"]?.lowercased() == "yes"
            content.body = PlainMessageText.blocks(text, flowed: flowed, deleteSpace: deleteSpace)
        }
        return content
    }

    /// message/rfc822: a line naming the enclosed message's sender, subject and date, then its
    /// own content, kept apart from the outer body.
    private mutating func readEnclosed(_ part: MIMEPart, depth: Int) -> MessageContent {
        let bytes = part.decodedBody(warnings: &warnings)
        let block = MessageHeaders.read(bytes[...])
        let inner = MIMEPart(headers: block.headers, body: block.body)
        let innerContent = read(inner, depth: depth + 1)
        var summary = ["Enclosed message"]
        if let from = block.headers["From"], let author = MailboxName.author(fromHeader: from, warnings: &warnings) {
            summary.append("from " + author)
        }
        if let subject = block.headers["Subject"] {
            summary.append("“" + EncodedWords.decode(subject, warnings: &warnings).collapsingWhitespace() + "”")
        }
        if let date = block.headers["Date"] { summary.append(date.collapsingWhitespace()) }
        var content = MessageContent()
        content.enclosed = [.paragraph([TextRun(summary.joined(separator: ", "), .emphasis)])] + innerContent.blocks
        content.enclosedLinks = innerContent.links
        return content
    }
}
