import CLibXML2
import Foundation

/// Reads a whole web page saved as a file (format `.html`): headline, date, author and address
/// from the page's own metadata, the story from `<article>`, `<main>` or `<body>`.
public enum HTMLParser {
    /// `fallbackDate` (the file's modification time) stands in, marked estimated, when the page
    /// gives no date. Returns nil only when the page has neither a title nor any text.
    public static func parse(_ text: String, fallbackDate: ArticleDate) -> Article? {
        LibXML.withDocument(text) { document in
            guard let document, let root = xmlDocGetRootElement(document) else { return nil }
            return article(from: root, fallbackDate: fallbackDate)
        }
    }

    private static func article(from root: xmlNodePtr, fallbackDate: ArticleDate) -> Article? {
        let page = HTMLPageMetadata(document: root)
        let link = nonEmpty(page.canonical) ?? nonEmpty(page.metas["og:url"])
        var assembler = BlockAssembler(baseURL: baseURL(page, link: link))
        HTMLBodyWalker.walk(storyRoot(page) ?? root, into: &assembler)
        let body = assembler.richText

        var blocks = body.blocks
        let declaredTitle = [page.metas["og:title"], page.metas["twitter:title"], page.documentTitle, page.firstHeading]
            .lazy.compactMap { nonEmpty($0.map(HTMLText.collapsed)) }.first
        guard let title = declaredTitle ?? TitleFallback.title(from: blocks) else { return nil }
        if declaredTitle != nil, let first = blocks.first, first.isHeading(repeating: title) {
            blocks.removeFirst()
        }

        var date = fallbackDate
        date.isEstimated = true
        if let published = publishedDate(page) { date = published }
        return Article(
            title: title, date: date, format: .html, blocks: blocks,
            author: author(page), link: link.map(HTMLText.collapsed), links: body.links)
    }

    /// The element holding the story: the `<article>` with the most text (pages also mark
    /// up teasers and comments as articles), else `<main>`, else `<body>`.
    private static func storyRoot(_ page: HTMLPageMetadata) -> xmlNodePtr? {
        guard page.articles.count > 1 else { return page.articles.first ?? page.main ?? page.body }
        let lengths = page.articles.map { HTMLText.collapsed(of: $0).unicodeScalars.count }
        let longest = lengths.indices.max { lengths[$0] < lengths[$1] } ?? 0
        return page.articles[longest]
    }

    private static func publishedDate(_ page: HTMLPageMetadata) -> ArticleDate? {
        let candidates = [
            page.metas["article:published_time"], page.metas["date"], page.metas["datepublished"],
            page.itemDatePublished, page.firstTimeDatetime,
        ]
        return candidates.lazy.compactMap { $0.flatMap { InternetDate.parse($0) } }.first
    }

    private static func author(_ page: HTMLPageMetadata) -> String? {
        // article:author is often a profile URL rather than a name; a URL is no byline.
        let articleAuthor = nonEmpty(page.metas["article:author"]).flatMap { LinkTarget.hasScheme($0) ? nil : $0 }
        return [nonEmpty(page.metas["author"]), articleAuthor, nonEmpty(page.relAuthorText)]
            .lazy.compactMap { $0.map(HTMLText.collapsed) }.first
    }

    /// Where relative links point: `<base href>`, else the page's own address, when absolute.
    private static func baseURL(_ page: HTMLPageMetadata, link: String?) -> URL? {
        for candidate in [page.baseHref, link] {
            if let candidate = nonEmpty(candidate), LinkTarget.hasScheme(candidate),
               let url = URL(string: candidate.trimmingCharacters(in: .whitespaces)) {
                return url
            }
        }
        return nil
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }
}
