/// `|`: the command the article is piped into, as it is typed on the status line.
public struct PipeEntry: Hashable, Sendable {
    public var command: String
    /// Tab switches between the article as plain text and as JSON (the keys of `show --json`).
    public var asJSON: Bool
}
