/// Which files the scanner hands to a parser. Plain text is `.txt` or a name without extension;
/// the formats issue adds more here.
public enum ArticleFileKind {
    public static func format(forFileName name: some StringProtocol) -> ArticleFormat? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return .text }
        switch name[name.index(after: dot)...].lowercased() {
        case "txt", "text": return .text
        default: return nil
        }
    }
}
