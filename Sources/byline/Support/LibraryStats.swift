import BylineCore

/// What `byline stats` counts, from the entries `list` prints; also the shape of `stats --json`.
struct LibraryStats: Encodable {
    /// A section's own articles: those of the sections inside it are on their own rows, so
    /// the rows add up to the library's total.
    struct SectionCount: Encodable, Equatable {
        /// As `list --json` writes it: "" for the library's top folder.
        var section: String
        var articles: Int
        var unread: Int
    }

    var articles: Int
    var unread: Int
    var starred: Int
    var skipped: Int
    /// Sorted by name, so the order never depends on the scan's.
    var sections: [SectionCount]
    /// Every format, those without articles included, so the keys never change.
    var formats: [(format: ArticleFormat, articles: Int)]
    var index: IndexSizes

    init(entries: [LibraryEntry], skipped: Int, index: IndexSizes) {
        articles = entries.count
        unread = entries.count(where: { !$0.isRead })
        starred = entries.count(where: \.isStarred)
        self.skipped = skipped
        var bySection: [String: SectionCount] = [:]
        var byFormat: [ArticleFormat: Int] = [:]
        for entry in entries {
            let name = entry.summary.section
            var count = bySection[name] ?? SectionCount(section: name, articles: 0, unread: 0)
            count.articles += 1
            if !entry.isRead { count.unread += 1 }
            bySection[name] = count
            byFormat[entry.summary.format, default: 0] += 1
        }
        sections = bySection.values.sorted { $0.section < $1.section }
        formats = ArticleFormat.allCases.map { ($0, byFormat[$0] ?? 0) }
        self.index = index
    }

    private enum Keys: String, CodingKey { case articles, unread, starred, skipped, sections, formats, index }

    /// `formats` as an object keyed by the `format` names of `list --json`.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(articles, forKey: .articles)
        try container.encode(unread, forKey: .unread)
        try container.encode(starred, forKey: .starred)
        try container.encode(skipped, forKey: .skipped)
        try container.encode(sections, forKey: .sections)
        let formatCounts = Dictionary(uniqueKeysWithValues: formats.map { ($0.format.rawValue, $0.articles) })
        try container.encode(formatCounts, forKey: .formats)
        try container.encode(index, forKey: .index)
    }
}
