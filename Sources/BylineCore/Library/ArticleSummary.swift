/// What the lists need to know of an article, without its body: the body is parsed again only
/// when the article is opened, so a large library's lists stay small.
public struct ArticleSummary: Hashable, Sendable {
    public var file: LibraryFile
    public var contentHash: String
    public var title: String
    public var date: ArticleDate
    public var format: ArticleFormat
    public var words: Int

    public init(file: LibraryFile, contentHash: String, title: String, date: ArticleDate, format: ArticleFormat, words: Int) {
        self.file = file
        self.contentHash = contentHash
        self.title = title
        self.date = date
        self.format = format
        self.words = words
    }

    public var path: String { file.path }
    public var section: String { file.section }
}
