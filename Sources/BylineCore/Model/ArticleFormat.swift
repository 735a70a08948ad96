/// The file format an article was read from; the formats issue adds more cases.
public enum ArticleFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case text
}
