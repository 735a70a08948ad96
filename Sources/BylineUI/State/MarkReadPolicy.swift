/// When a story counts as read.
public enum MarkReadPolicy: String, Hashable, Sendable, CaseIterable {
    /// When it is opened (as mutt and newsboat do).
    case onOpen = "on-open"
    /// When the reading pane has shown its last line.
    case atEnd = "at-end"
    /// Only by `m` (or `A`).
    case manually
}
