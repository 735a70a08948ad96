import BylineCore

/// The JSON shape of `list --json` and `show --json`; `body` only for `show`.
struct ArticleJSON: Encodable {
    var id: ArticleID
    var title: String
    var date: String
    var dateEstimated: Bool
    var section: String
    var path: String
    var format: String
    var read: Bool
    var starred: Bool
    var words: Int
    var author: String?
    var link: String?
    var body: [String]?
    var links: [String]?

    /// `article` (the parsed body) only for `show`.
    init(_ entry: LibraryEntry, article: Article? = nil) {
        id = entry.id
        title = entry.summary.title
        date = entry.summary.date.iso8601
        dateEstimated = entry.summary.date.isEstimated
        section = entry.summary.section
        path = entry.summary.path
        format = entry.summary.format.rawValue
        read = entry.isRead
        starred = entry.isStarred
        words = entry.summary.words
        author = entry.summary.author
        link = entry.summary.link
        body = article?.paragraphs
        links = article?.links
    }
}
