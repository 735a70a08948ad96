/// Mail and news messages (RFC 5322 with MIME): `.eml` files, Maildir messages and news spool
/// articles. One article per file: the subject as title, the sender as author, the readable
/// body, the Message-ID as key.
public enum MessageParser {
    /// True when the bytes begin with message header lines (see `MessageSniffer`). An mbox,
    /// which starts with a "From " line, is not one message.
    public static func looksLikeMessage(_ bytes: some Collection<UInt8>) -> Bool {
        MessageSniffer.looksLikeMessage(bytes)
    }

    /// Parses one message. `fallbackDate` (the file's time) stands in, marked estimated, for a
    /// missing or unreadable Date; `renderHTML` turns an HTML body into blocks and links.
    public static func parse(
        _ bytes: [UInt8], fallbackDate: ArticleDate, renderHTML: (String) -> RichText
    ) -> Result<ParsedFile, ParseFailure> {
        guard !bytes.isEmpty else { return .failure(ParseFailure("empty file")) }
        let block = MessageHeaders.read(bytes[envelopeEnd(bytes)...])
        let headers = block.headers
        guard !headers.isEmpty else { return .failure(ParseFailure("no message headers")) }

        var warnings: [String] = []
        if !block.endsWithBlankLine, !block.body.isEmpty {
            warnings.append("no blank line after the headers")
        }
        let subject = headers["Subject"].map { EncodedWords.decode($0, warnings: &warnings).collapsingWhitespace() }
        let author = headers["From"].flatMap { MailboxName.author(fromHeader: $0, warnings: &warnings) }
        var date = fallbackDate
        date.isEstimated = true
        if let value = headers["Date"], let parsed = InternetDate.parse(value) { date = parsed }

        // The reader holds the renderer only while it walks the parts, within this call.
        let content = withoutActuallyEscaping(renderHTML) { render in
            var reader = MessageBodyReader(renderHTML: render)
            let content = reader.read(MIMEPart(headers: headers, body: block.body))
            warnings += reader.warnings
            return content
        }
        var blocks = content.blocks
        if let groups = headers["Newsgroups"] { blocks.insert(newsgroupsBlock(groups), at: 0) }

        let article = Article(
            title: subject.flatMap { $0.isEmpty ? nil : $0 } ?? "(no subject)", date: date, format: .message,
            blocks: blocks, author: author, links: content.links)
        return .success(ParsedFile(items: [ParsedItem(article: article, key: messageID(headers))], warnings: unique(warnings)))
    }

    /// Some tools save single messages with the mbox "From " envelope line still on top.
    private static func envelopeEnd(_ bytes: [UInt8]) -> Int {
        guard bytes.starts(with: Array("From ".utf8)) else { return 0 }
        var lines = ByteLines(bytes[...])
        return lines.next()?.end ?? 0
    }

    /// "comp.lang.swift,comp.lang.c" as an emphasised first line, so crossposts are visible.
    private static func newsgroupsBlock(_ value: String) -> Block {
        let groups = value.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        return .paragraph([TextRun("Newsgroups: " + groups.joined(separator: ", "), .emphasis)])
    }

    /// The Message-ID without its angle brackets; nil when absent or empty.
    private static func messageID(_ headers: MessageHeaders) -> String? {
        guard let value = headers["Message-ID"] else { return nil }
        var id = Substring(value)
        if let open = id.firstIndex(of: "<") {
            id = id[id.index(after: open)...]
            id = id.prefix { $0 != ">" }
        }
        let trimmed = id.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Repeated warnings (one per damaged part, say) are said once, in first-seen order.
    private static func unique(_ warnings: [String]) -> [String] {
        var seen: Set<String> = []
        return warnings.filter { seen.insert($0).inserted }
    }
}
