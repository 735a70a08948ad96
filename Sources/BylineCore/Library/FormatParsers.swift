/// Runs the parser for one format.
enum FormatParsers {
    /// `format`: the file's hint, or else what `FormatSniffer` makes of its bytes.
    static func parse(_ bytes: [UInt8], as format: ArticleFormat, file: LibraryFile) -> Result<ParsedFile, ParseFailure> {
        let fallbackDate = file.modificationDate
        switch format {
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
