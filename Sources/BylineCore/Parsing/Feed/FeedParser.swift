/// RSS 2.0 and 0.9x, RSS 1.0 (RDF) and Atom feeds: one article per item, named by the item's
/// guid, id, link, or title and date, in a section named after the feed.
public enum FeedParser {
    /// True when the bytes are an RSS 2.0/0.9x, RSS 1.0 (RDF) or Atom document, judged by the
    /// root element after any byte order mark, XML declaration, comments and DOCTYPE; only the
    /// first few KB are read.
    public static func looksLikeFeed(_ bytes: some Collection<UInt8>) -> Bool {
        FeedSniffer.looksLikeFeed(bytes)
    }

    /// Parses a feed. `fallbackDate` (the file's time) stands in, marked estimated, for an item
    /// without a readable date; `renderHTML` turns HTML bodies into blocks and links.
    public static func parse(
        _ bytes: [UInt8], fallbackDate: ArticleDate, renderHTML: (String) -> RichText
    ) -> Result<ParsedFile, ParseFailure> {
        guard bytes.contains(where: { !isXMLSpace($0) }) else { return .failure(ParseFailure("empty file")) }
        var normalized = FeedEncoding.normalize(bytes)
        guard let prologue = XMLPrologue.scan(normalized.bytes[...]) else {
            return .failure(ParseFailure(
                TextDecoder.looksBinary(bytes) ? "not a feed: binary data, not XML" : "not a feed: the file does not start with XML markup"))
        }
        guard FeedRoot(prologue) != nil else {
            return .failure(ParseFailure("not a feed: the root element is <\(prologue.rootName.clipped())>, not <rss>, <rdf:RDF> or <feed>"))
        }
        var document = read(normalized.bytes, prologue: prologue)
        if document == nil, FeedEncoding.declaredEncoding(normalized.bytes) != nil {
            // libxml2 knows no such charset and gave up: read the bytes as UTF-8 or Windows-1252.
            normalized = FeedEncoding.overridingDeclaration(normalized.bytes)
            document = XMLPrologue.scan(normalized.bytes[...]).flatMap { read(normalized.bytes, prologue: $0) }
        }
        guard let document else { return .failure(ParseFailure("not a feed: the XML could not be read")) }
        var warnings = normalized.warning.map { [$0] } ?? []
        warnings += damageWarnings(document)
        guard !document.entries.isEmpty else {
            return .failure(ParseFailure(document.cutOffEntries > 0 ? "feed has no complete items: the file is cut off" : "feed has no items"))
        }
        let items = FeedItemAssembler.items(
            document, fallbackDate: fallbackDate, renderHTML: renderHTML, warnings: &warnings)
        return .success(ParsedFile(items: items, warnings: warnings))
    }

    private static func read(_ bytes: [UInt8], prologue: XMLPrologue) -> FeedDocument? {
        FeedXML.withTree(XMLRepair.repair(bytes, prologue: prologue)) { FeedDocument($0) }
    }

    private static func damageWarnings(_ document: FeedDocument) -> [String] {
        if document.cutOffEntries > 0 {
            let kept = document.entries.count
            return ["the file is cut off inside an item; read the \(kept) complete item\(kept == 1 ? "" : "s") before it"]
        }
        if document.isTruncated { return ["the file ends before the feed is closed; all items were read"] }
        if !document.isWellFormed { return ["the XML is damaged; some text may be missing"] }
        return []
    }

    private static func isXMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
