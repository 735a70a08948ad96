import BylineCore
import BylineStore
import BylineUI

extension InterfaceSession {
    /// The most results a search lists: more than anyone reads.
    public static let searchLimit = 200
    /// Results whose snippets are cut with the search: the first screens. The list asks for
    /// the rest as it scrolls (`snippets(for:ids:query:)`), since each means parsing a file.
    public static let snippetsAtOnce = 40

    /// `S`: the best stories for `text`, the first of them with their snippets.
    public func search(_ text: String, limit: Int = searchLimit, snippetsAtOnce: Int = snippetsAtOnce) -> SearchOutcome {
        let query = SearchQuery(text)
        do {
            let results = try index.search(query, limit: limit)
            let snippets = index.snippets(for: Array(results.hits.prefix(snippetsAtOnce)), needles: query.needles)
            return SearchOutcome(
                query: text, hits: results.hits.map { .init(id: $0.id, snippet: snippets[$0.id], rank: $0.rank) },
                total: results.total, isTotalExact: results.isTotalExact, unindexed: results.unindexed)
        } catch {
            return SearchOutcome(query: text, hits: [], total: 0, unindexed: 0, failure: IndexCache.reason(error))
        }
    }

    /// Snippets for results scrolled into view, read from their files on all cores.
    public func snippets(for summaries: [ArticleSummary], ids: [ArticleID], query: String) -> [ArticleID: String] {
        let needles = SearchQuery(query).needles
        let made = summaries.concurrentMap { summary -> String in
            let paragraphs = (try? ArticleLoader.article(for: summary).get())?.paragraphs ?? []
            return SearchSnippet.make(paragraphs: paragraphs, needles: needles)
        }
        return Dictionary(zip(ids, made), uniquingKeysWith: { first, _ in first })
    }
}
