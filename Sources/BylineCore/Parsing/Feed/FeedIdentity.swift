/// The keys that name a feed's items across reparses, so read marks and stars stay with an
/// item while the feed file changes around it.
enum FeedIdentity {
    /// The item's `guid` or Atom `id`, else its link, else its title and date (the title alone
    /// when it has no date: the file's time would change the key whenever the file is touched).
    static func key(id: String?, link: String?, article: Article) -> String {
        if let id, !id.isEmpty { return id }
        if let link, !link.isEmpty { return link }
        guard let date = article.date, !date.isEstimated else { return article.title }
        return article.title + " " + date.iso8601
    }

    /// The keys unique within the file: the first item with a key keeps it, later ones get
    /// "#2", "#3"… in document order (so each keeps its key while the order stays), and each
    /// repeat gets a warning.
    static func uniqued(_ keys: [String]) -> (keys: [String], warnings: [String]) {
        var taken = Set(keys)
        var seen: Set<String> = []
        var warnings: [String] = []
        let unique = keys.map { key -> String in
            guard seen.insert(key).inserted else {
                var number = 2
                while taken.contains("\(key)#\(number)") { number += 1 }
                let renamed = "\(key)#\(number)"
                taken.insert(renamed)
                warnings.append("two items share the identity “\(key.clipped(to: 80))”; the later one is kept apart as “…#\(number)”")
                return renamed
            }
            return key
        }
        return (unique, warnings)
    }
}
