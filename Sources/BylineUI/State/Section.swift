import BylineCore
import Foundation

/// A row of the section list: one of the virtual sections (All, Unread, Starred, Today), or a
/// library folder (nested ones indented under parents).
public struct Section: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case all
        /// Unread stories, wherever they are.
        case unread
        /// Starred stories.
        case starred
        /// Stories dated in the last 24 hours.
        case today
        /// A folder path relative to the library; "" is the library's top level.
        case folder(String)
        /// What the last full-text search found (see `SearchResultList`), best first.
        case search(String)
    }

    /// The sections every library has, in the order they head the list.
    public static let virtual = [
        Section(kind: .all, name: "All", depth: 0), Section(kind: .unread, name: "Unread", depth: 0),
        Section(kind: .starred, name: "Starred", depth: 0), Section(kind: .today, name: "Today", depth: 0),
    ]

    /// The length of a day for `Today`.
    public static let day: TimeInterval = 86_400

    /// The row of a search's results, after the other virtual sections.
    static func search(_ query: String) -> Section {
        Section(kind: .search(query), name: "Search: " + query, depth: 0)
    }

    public var isSearch: Bool {
        if case .search = kind { true } else { false }
    }

    /// True for All, Unread, Starred, Today and a search: they pick stories by what they are,
    /// not by folder.
    public var isVirtual: Bool {
        if case .folder = kind { false } else { true }
    }

    public var kind: Kind
    public var name: String
    public var depth: Int

    /// The name for headers and messages: the whole folder path, so "space" reads "science/space".
    public var title: String {
        switch kind {
        case .all, .unread, .starred, .today, .search, .folder(""): name
        case .folder(let path): path
        }
    }

    /// Whether an article in `section` (its folder path) is shown under this row: a folder shows
    /// its own articles and those of the folders inside it.
    /// A virtual section shows every folder, and picks its stories with `admits`.
    public func contains(section: String) -> Bool {
        switch kind {
        case .all, .unread, .starred, .today, .search: return true
        case .folder(""): return section.isEmpty
        case .folder(let path): return section == path || section.hasPrefix(path + "/")
        }
    }

    /// Whether `entry` belongs here as far as its marks and date go (its folder aside, see
    /// `contains(section:)`); `dayStart` is 24 hours before `now`. A story dated in the future
    /// is not today's.
    public func admits(_ entry: LibraryEntry, dayStart: Date, now: Date) -> Bool {
        switch kind {
        // A search's stories are its results, listed by `refreshVisible`.
        case .all, .folder, .search: true
        case .unread: !entry.isRead
        case .starred: entry.isStarred
        case .today: entry.summary.date.instant >= dayStart && entry.summary.date.instant <= now
        }
    }

    /// The rows for a library: the virtual sections, then the top level (when it has articles of its own), then
    /// every folder and its ancestors, sorted, indented by depth.
    public static func tree(for sections: some Sequence<String>) -> [Section] {
        var paths: Set<String> = []
        var hasTopLevel = false
        for section in sections {
            if section.isEmpty {
                hasTopLevel = true
                continue
            }
            var parts = section.split(separator: "/")
            while !parts.isEmpty {
                paths.insert(parts.joined(separator: "/"))
                parts.removeLast()
            }
        }
        var rows = virtual
        if hasTopLevel { rows.append(Section(kind: .folder(""), name: "(top level)", depth: 0)) }
        // Sort by path components so "science/space" follows "science" and precedes "science2".
        let sorted = paths.sorted { $0.split(separator: "/").lexicographicallyPrecedes($1.split(separator: "/")) }
        for path in sorted {
            let parts = path.split(separator: "/")
            rows.append(Section(kind: .folder(path), name: String(parts.last ?? ""), depth: parts.count - 1))
        }
        return rows
    }
}
