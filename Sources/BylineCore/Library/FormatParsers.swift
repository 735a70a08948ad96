/// Picks the parser for a file from its name and, when the name does not say, its first bytes.
enum FormatParsers {
    static func parse(_ bytes: [UInt8], file: LibraryFile) -> Result<ParsedFile, ParseFailure> {
        let fallbackDate = file.modificationDate
        switch file.formatHint ?? FormatSniffer.format(of: bytes) {
        case .text:
            return single(PlainTextParser.parse(decoded(bytes), fallbackDate: fallbackDate), else: "no text in file")
        case .markdown:
            return single(MarkdownParser.parse(decoded(bytes), fallbackDate: fallbackDate), else: "no text in file")
        case .html:
            return single(
                HTMLParser.parse(decoded(bytes), fallbackDate: fallbackDate), else: "the page has no title and no text")
        case .feed:
            return FeedParser.parse(bytes, fallbackDate: fallbackDate, renderHTML: HTMLConverter.convert(html:))
        case .message:
            return MessageParser.parse(bytes, fallbackDate: fallbackDate, renderHTML: HTMLConverter.convert(html:))
        }
    }

    private static func decoded(_ bytes: [UInt8]) -> String {
        TextDecoder.decode(bytes).text
    }

    private static func single(_ article: Article?, else reason: String) -> Result<ParsedFile, ParseFailure> {
        guard let article else { return .failure(ParseFailure(reason)) }
        return .success(ParsedFile(items: [ParsedItem(article: article)]))
    }
}
