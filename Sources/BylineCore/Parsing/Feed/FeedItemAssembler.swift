/// Builds the `ParsedItem`s of a read feed: articles, unique keys and the section suffix.
enum FeedItemAssembler {
    static func items(
        _ document: FeedDocument, fallbackDate: ArticleDate, renderHTML: (String) -> RichText, warnings: inout [String]
    ) -> [ParsedItem] {
        let suffix = sectionSuffix(document.title)
        let built = document.entries.map {
            FeedArticleBuilder.build($0, feedAuthors: document.authors, fallbackDate: fallbackDate, renderHTML: renderHTML)
        }
        let unreadable = built.compactMap(\.unreadableDate)
        if let first = unreadable.first {
            let count = unreadable.count
            warnings.append(count == 1
                ? "an item's date “\(first.clipped())” could not be read; the file's time stands in"
                : "\(count) items' dates could not be read (the first: “\(first.clipped())”); the file's time stands in")
        }
        let keys = zip(document.entries, built).map { entry, built in
            FeedIdentity.key(id: entry.id, link: entry.link, article: built.article)
        }
        let unique = FeedIdentity.uniqued(keys)
        warnings += unique.warnings
        return zip(built, unique.keys).map { ParsedItem(article: $0.article, key: $1, sectionSuffix: suffix) }
    }

    /// The feed's title on one line, safe for a terminal; nil when it has none.
    static func sectionSuffix(_ title: FeedText?) -> String? {
        guard let title else { return nil }
        let text = title.kind == .html ? FeedPlainText.titleFromHTML(title.value) : title.value
        let line = Sanitizer.sanitize(text).collapsingWhitespace()
        return line.isEmpty ? nil : line
    }
}
