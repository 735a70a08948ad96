/// Tells the format of a file whose name does not (no extension, a news spool's numbered
/// files) from its first bytes. Plain text is what is left when nothing else matches.
enum FormatSniffer {
    /// Only the start of a file is looked at, so sniffing stays cheap for large files.
    static let window = 4_096

    static func format(of bytes: [UInt8]) -> ArticleFormat {
        let sample = bytes.prefix(window)
        if FeedParser.looksLikeFeed(sample) { return .feed }
        if MessageParser.looksLikeMessage(sample) { return .message }
        if looksLikeHTML(sample) { return .html }
        return .text
    }

    private static let htmlStarts = ["<!doctype html", "<html", "<head", "<body", "<article"].map { Array($0.utf8) }

    /// A page saved without its extension: the markup starts the file (after a BOM, blank space
    /// or comments). Text that merely mentions a tag further down stays text.
    static func looksLikeHTML(_ bytes: ArraySlice<UInt8>) -> Bool {
        var rest = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes
        while true {
            rest = rest.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
            guard rest.starts(with: Array("<!--".utf8)) else { break }
            guard let end = rest.firstRange(of: Array("-->".utf8)) else { return false }
            rest = rest[end.upperBound...]
        }
        let head = rest.prefix(16).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return htmlStarts.contains { start in
            head.starts(with: start) && (head.count == start.count || !isNameByte(head[start.count]))
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
    }
}
