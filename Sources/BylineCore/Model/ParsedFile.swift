/// What a parser makes of one file: a single article, or several (a feed's items), plus notes
/// for `byline check` about things it had to guess.
public struct ParsedFile: Hashable, Sendable {
    public var items: [ParsedItem]
    /// Not failures: "charset koi8-r decoded as Windows-1252" and the like.
    public var warnings: [String]

    public init(items: [ParsedItem], warnings: [String] = []) {
        self.items = items
        self.warnings = warnings
    }
}

/// One article of a file and what names it there.
public struct ParsedItem: Hashable, Sendable {
    public var article: Article
    /// Names the article within its file (a feed item's guid, id, link, or title and date; a
    /// message's Message-ID); nil when the file is the article.
    public var key: String?
    /// Appended to the folder's section: a feed's title ("feeds" + "Harbor Gazette").
    public var sectionSuffix: String?

    public init(article: Article, key: String? = nil, sectionSuffix: String? = nil) {
        self.article = article
        self.key = key
        self.sectionSuffix = sectionSuffix
    }
}

/// Why a file gave no article, worded for `byline check`.
public struct ParseFailure: Error, Hashable, Sendable {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}
