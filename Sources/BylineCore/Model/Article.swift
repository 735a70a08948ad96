/// One parsed article: what a parser makes of a file's bytes. Identity and read state are not
/// here; the store assigns them, because they depend on history, not on the bytes alone.
public struct Article: Hashable, Sendable {
    public var title: String
    public var date: ArticleDate?
    public var format: ArticleFormat
    public var blocks: [Block]
    public var author: String?
    /// The article's own address (a feed item's link, a page's canonical URL).
    public var link: String?
    /// The URLs the body refers to as [1], [2]…, in order.
    public var links: [String]

    public init(
        title: String, date: ArticleDate?, format: ArticleFormat, blocks: [Block],
        author: String? = nil, link: String? = nil, links: [String] = []
    ) {
        self.title = title
        self.date = date
        self.format = format
        self.blocks = blocks
        self.author = author
        self.link = link
        self.links = links
    }

    /// An article of plain paragraphs.
    public init(title: String, date: ArticleDate?, format: ArticleFormat, paragraphs: [String]) {
        self.init(title: title, date: date, format: format, blocks: paragraphs.map { .paragraph([TextRun($0)]) })
    }

    /// The body as plain-text paragraphs, one per block (code blocks keep their line breaks).
    public var paragraphs: [String] { blocks.map(\.plainText) }

    /// Words in the body, counted as whitespace-separated runs.
    public var wordCount: Int {
        blocks.reduce(0) { $0 + WordCounter.count(in: $1.plainText) }
    }
}
