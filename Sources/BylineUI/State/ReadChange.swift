import BylineCore

/// One read-state change as the reader made it, with what it replaced, so `U` can put it back.
public struct ReadChange: Hashable, Sendable {
    /// Each article's state before the change.
    public var previous: [ArticleID: Bool]
    public var description: String
}
