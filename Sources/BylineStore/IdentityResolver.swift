import BylineCore

/// Decides which known article each scanned file is, so read state follows the article:
/// 1. same path and same content: the same article (restart, touch);
/// 2. same content as a known article that no file claimed in step 1: it moved or was renamed;
/// 3. same path as a known article still unclaimed: it was edited in place;
/// 4. anything else is new. Two files with identical content claim two different articles.
/// Pure, so the rules are tested without a database.
struct IdentityResolver {
    struct Known: Hashable {
        var id: ArticleID
        var path: String
        var contentHash: String
    }

    struct Scanned: Hashable {
        var path: String
        var contentHash: String
    }

    enum Match: Equatable {
        case unchanged(ArticleID)
        case moved(ArticleID)
        case edited(ArticleID)
        case new
    }

    static func resolve(known: [Known], scanned: [Scanned]) -> [Match] {
        var matches = [Match](repeating: .new, count: scanned.count)
        var claimed: Set<ArticleID> = []
        var byPathAndHash: [Scanned: [ArticleID]] = [:]
        var byHash: [String: [ArticleID]] = [:]
        var byPath: [String: [ArticleID]] = [:]
        for row in known {
            byPathAndHash[Scanned(path: row.path, contentHash: row.contentHash), default: []].append(row.id)
            byHash[row.contentHash, default: []].append(row.id)
            byPath[row.path, default: []].append(row.id)
        }

        func claim(_ candidates: [ArticleID]?) -> ArticleID? {
            guard let id = candidates?.first(where: { !claimed.contains($0) }) else { return nil }
            claimed.insert(id)
            return id
        }

        for (index, file) in scanned.enumerated() {
            if let id = claim(byPathAndHash[file]) { matches[index] = .unchanged(id) }
        }
        for (index, file) in scanned.enumerated() where matches[index] == .new {
            if let id = claim(byHash[file.contentHash]) { matches[index] = .moved(id) }
        }
        for (index, file) in scanned.enumerated() where matches[index] == .new {
            if let id = claim(byPath[file.path]) { matches[index] = .edited(id) }
        }
        return matches
    }
}
