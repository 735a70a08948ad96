/// What the lists need to know of an article, without its body: the body is parsed again only
/// when the article is opened, so a large library's lists stay small.
public struct ArticleSummary: Hashable, Sendable {
    public var file: LibraryFile
    /// Names the article within its file (feed items, messages); nil when the file is the article.
    public var itemKey: String?
    /// Digest of what the article says: the file's bytes, or for a feed item its own content.
    public var contentHash: String
    public var title: String
    public var date: ArticleDate
    public var format: ArticleFormat
    public var words: Int
    /// The folder, plus a feed's title for its items ("feeds/Harbor Gazette").
    public var section: String
    public var author: String?
    public var link: String?

    public init(
        file: LibraryFile, itemKey: String? = nil, contentHash: String, title: String, date: ArticleDate,
        format: ArticleFormat, words: Int, section: String? = nil, author: String? = nil, link: String? = nil
    ) {
        self.file = file
        self.itemKey = itemKey
        self.contentHash = contentHash
        self.title = title
        self.date = date
        self.format = format
        self.words = words
        self.section = section ?? file.section
        self.author = author
        self.link = link
    }

    public var path: String { file.path }

    /// What identity follows: the file's path, or the path and item key for one of several
    /// articles in a file.
    public var identityPath: String {
        guard let itemKey, format == .feed else { return file.path }
        return file.path + "#" + itemKey
    }
}
