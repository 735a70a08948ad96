/// Which files may hold articles, by name. A known extension names the format; a name without
/// one (news spools, `tech/terminal-renaissance`) and Maildir messages are sniffed by content.
public enum ArticleFileKind {
    public static let extensions: [String: ArticleFormat] = [
        "txt": .text, "text": .text,
        "md": .markdown, "markdown": .markdown,
        "html": .html, "htm": .html, "xhtml": .html,
        "rss": .feed, "atom": .feed, "rdf": .feed, "xml": .feed,
        "eml": .message,
    ]

    /// The format a file's name promises, nil when the content must decide.
    public static func format(forFileName name: some StringProtocol) -> ArticleFormat? {
        guard let ext = fileExtension(name) else { return nil }
        return extensions[ext]
    }

    /// Whether the scanner should hand the file to a parser at all.
    public static func isCandidate(fileName name: some StringProtocol, inMaildir: Bool) -> Bool {
        inMaildir || fileExtension(name).map { extensions[$0] != nil } ?? true
    }

    /// The lower-cased extension; nil for none (a leading dot does not start one).
    static func fileExtension(_ name: some StringProtocol) -> String? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ext = name[name.index(after: dot)...]
        // "1700000000.M1P2.host" is a Maildir-style name, not an extension.
        guard !ext.isEmpty, ext.count <= 8, ext.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
        return ext.lowercased()
    }
}
