/// A folder's stories and how many of them are unread, as the index can tell them before the
/// whole list is in memory.
public struct FolderCount: Hashable, Sendable {
    public var total: Int
    public var unread: Int

    public init(total: Int, unread: Int) {
        self.total = total
        self.unread = unread
    }
}
