import BylineCore

/// One change of marks (read, starred) as the reader made it, with what it replaced, so `U`
/// can put it back.
/// Two lists rather than a table of states: marking 100,000 stories read keeps the list of
/// their ids once, shared with the mark itself.
public struct ReadChange: Hashable, Sendable {
    /// The articles that were read before the change, and those that were not.
    public var wereRead: [ArticleID]
    public var wereUnread: [ArticleID]
    /// The articles that were starred before the change, and those that were not.
    public var wereStarred: [ArticleID]
    public var wereUnstarred: [ArticleID]
    public var description: String

    public init(
        wereRead: [ArticleID] = [], wereUnread: [ArticleID] = [], wereStarred: [ArticleID] = [],
        wereUnstarred: [ArticleID] = [], description: String
    ) {
        self.wereRead = wereRead
        self.wereUnread = wereUnread
        self.wereStarred = wereStarred
        self.wereUnstarred = wereUnstarred
        self.description = description
    }
}
