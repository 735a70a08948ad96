import BylineCore

/// A question on the status line that waits for y or n.
public enum Prompt: Hashable, Sendable {
    case markAllRead(ids: [ArticleID], sectionName: String)

    public var question: String {
        switch self {
        case .markAllRead(let ids, let name):
            "Mark \(ids.count) unread stor\(ids.count == 1 ? "y" : "ies") in \(name) as read? (y/n)"
        }
    }
}
