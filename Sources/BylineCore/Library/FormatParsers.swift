/// Picks the parser for a file from its name and, when the name does not say, its first bytes.
enum FormatParsers {
    static func parse(_ bytes: [UInt8], file: LibraryFile) -> Result<ParsedFile, ParseFailure> {
        let text = TextDecoder.decode(bytes).text
        guard let article = PlainTextParser.parse(text, fallbackDate: file.modificationDate) else {
            return .failure(ParseFailure("no text in file"))
        }
        return .success(ParsedFile(items: [ParsedItem(article: article)]))
    }
}
