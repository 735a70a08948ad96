import BylineCore

/// A question on the status line that waits for y or n.
public enum Prompt: Hashable, Sendable {
    case markAllRead(ids: [ArticleID], sectionName: String)
    /// A `file:` link from an article: a file on this computer, which the desktop may run
    /// rather than show, so it is opened only when the reader says so.
    case openLocalFile(CheckedLink)

    public var question: String {
        switch self {
        case .markAllRead(let ids, let name):
            "Mark \(ids.count) unread stor\(ids.count == 1 ? "y" : "ies") in \(name) as read? (y/n)"
        case .openLocalFile(let link):
            // The file's name and the keys first: a long path is cut at the line's end.
            "Open “\(Sanitizer.sanitize(link.url.split(separator: "/").last.map(String.init) ?? link.url))”, a file on this "
                + "computer? (y/n) \(Sanitizer.sanitize(link.url))"
        }
    }
}
