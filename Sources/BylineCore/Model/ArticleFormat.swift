/// The file format an article was read from (the `format` key of the JSON output).
public enum ArticleFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case text, markdown, html, feed, message
}
