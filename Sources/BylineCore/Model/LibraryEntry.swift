/// One article as the lists see it: identity, what the file says, and whether it was read.
public struct LibraryEntry: Hashable, Sendable, Identifiable {
    public var id: ArticleID
    public var summary: ArticleSummary
    public var isRead: Bool
    public var isStarred: Bool

    public init(id: ArticleID, summary: ArticleSummary, isRead: Bool, isStarred: Bool = false) {
        self.id = id
        self.summary = summary
        self.isRead = isRead
        self.isStarred = isStarred
    }

    /// Newest first, then by path so equal dates keep a stable order.
    public static func newestFirst(_ a: LibraryEntry, _ b: LibraryEntry) -> Bool {
        if a.summary.date.instant != b.summary.date.instant {
            return a.summary.date.instant > b.summary.date.instant
        }
        return a.summary.identityPath < b.summary.identityPath
    }

    /// True when `entries` are already in `newestFirst` order (a session sorts them off the
    /// interface's critical path, or they come from a list that was): one pass, no copies.
    public static func isNewestFirst(_ entries: [LibraryEntry]) -> Bool {
        entries.indices.dropFirst().allSatisfy { !newestFirst(entries[$0], entries[$0 - 1]) }
    }

    /// Two lists, each with the positions that put it in `newestFirst` order (see
    /// `newestFirstOrder`), as one sorted list: one pass, and every entry copied once.
    public static func merged(_ first: [LibraryEntry], _ firstOrder: [Int], _ second: [LibraryEntry], _ secondOrder: [Int]) -> [LibraryEntry] {
        var merged: [LibraryEntry] = []
        merged.reserveCapacity(first.count + second.count)
        var (i, j) = (0, 0)
        while i < firstOrder.count, j < secondOrder.count {
            if newestFirst(second[secondOrder[j]], first[firstOrder[i]]) {
                merged.append(second[secondOrder[j]])
                j += 1
            } else {
                merged.append(first[firstOrder[i]])
                i += 1
            }
        }
        while i < firstOrder.count { merged.append(first[firstOrder[i]]); i += 1 }
        while j < secondOrder.count { merged.append(second[secondOrder[j]]); j += 1 }
        return merged
    }

    /// `entries` in `newestFirst` order. Sorts positions by a plain number and moves each entry
    /// once: sorting the entries themselves copies every one of their strings at every step,
    /// which costs most of a start at 100,000 articles.
    public static func sortedNewestFirst(_ entries: [LibraryEntry]) -> [LibraryEntry] {
        newestFirstOrder(entries).map { entries[$0] }
    }

    /// The positions of `entries` in `newestFirst` order, without moving any entry.
    public static func newestFirstOrder(_ entries: [LibraryEntry]) -> [Int] {
        // Plain (instant, position) pairs sort without touching the entries at all; only runs
        // of equal instants need the paths.
        var keys = entries.indices.map { (instant: -entries[$0].summary.date.instant.timeIntervalSince1970, index: $0) }
        keys.sort { $0.instant < $1.instant || ($0.instant == $1.instant && $0.index < $1.index) }
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count, keys[end].instant == keys[start].instant { end += 1 }
            if end - start > 1 {
                keys[start..<end].sort { entries[$0.index].summary.identityPath < entries[$1.index].summary.identityPath }
            }
            start = end
        }
        return keys.map(\.index)
    }
}
