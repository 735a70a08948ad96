import BylineCore
import BylineStore
import BylineUI

extension InterfaceSession {
    /// The most results a search lists: more than anyone reads, few enough to cut a snippet
    /// for each at once.
    public static let searchLimit = 200

    /// `S`: the best stories for `text`, each with its snippet.
    public func search(_ text: String, limit: Int = searchLimit) -> SearchOutcome {
        let query = SearchQuery(text)
        do {
            let results = try index.search(query, limit: limit)
            let snippets = index.snippets(for: results.hits, needles: query.needles)
            return SearchOutcome(
                query: text, hits: results.hits.map { .init(id: $0.id, snippet: snippets[$0.id] ?? "", rank: $0.rank) },
                total: results.total, isTotalExact: results.isTotalExact, unindexed: results.unindexed)
        } catch {
            return SearchOutcome(query: text, hits: [], total: 0, unindexed: 0, failure: IndexCache.reason(error))
        }
    }
}
