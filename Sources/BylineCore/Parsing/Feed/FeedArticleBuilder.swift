/// Turns a `FeedEntry` into an `Article`: renders the body, picks title, author and date.
enum FeedArticleBuilder {
    struct Built {
        var article: Article
        /// The date text the item gave but no reader understood.
        var unreadableDate: String?
    }

    static let untitled = "(untitled)"

    /// `fallbackDate` stands in, marked estimated, when the item has no readable date.
    static func build(
        _ entry: FeedEntry, feedAuthors: [String], fallbackDate: ArticleDate, renderHTML: (String) -> RichText
    ) -> Built {
        let body: RichText
        switch entry.content?.kind {
        case .html?: body = renderHTML(entry.content?.value ?? "")
        case .text?: body = RichText(blocks: FeedPlainText.paragraphs(entry.content?.value ?? ""))
        case nil: body = RichText()
        }

        var title = ""
        if let written = entry.title {
            title = written.kind == .html ? FeedPlainText.titleFromHTML(written.value) : written.value.collapsingWhitespace()
        }
        if title.isEmpty { title = TitleFallback.title(from: body.blocks) ?? untitled }

        var date = fallbackDate
        date.isEstimated = true
        let parsed = entry.dates.lazy.compactMap { InternetDate.parse($0) }.first
        if let parsed { date = parsed }

        var seen: Set<String> = []
        // `author` and `dc:creator` often name the same person.
        let authors = (entry.authors.isEmpty ? feedAuthors : entry.authors).filter { seen.insert($0).inserted }
        let article = Article(
            title: title, date: date, format: .feed, blocks: body.blocks,
            author: authors.isEmpty ? nil : authors.joined(separator: ", "), link: entry.link, links: body.links)
        return Built(article: article, unreadableDate: parsed == nil ? entry.dates.first : nil)
    }
}
