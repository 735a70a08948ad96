/// How the story list is ordered; `o` cycles through them, and the choice is kept in the
/// state file between runs.
public enum SortOrder: String, Hashable, Sendable, CaseIterable {
    case newestFirst = "newest"
    case oldestFirst = "oldest"
    case title
    case section

    /// Its name among the state file's settings.
    public static let settingName = "sortOrder"

    /// The next one `o` gives.
    public var next: SortOrder {
        let all = Self.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }

    /// "newest first", "by title": for the status line and the list's header.
    public var name: String {
        switch self {
        case .newestFirst: "newest first"
        case .oldestFirst: "oldest first"
        case .title: "by title"
        case .section: "by section"
        }
    }
}
