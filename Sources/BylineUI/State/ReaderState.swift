import BylineCore

/// The article in the reading pane: loading, loaded (laid out for a width), or failed.
public struct ReaderState: Hashable, Sendable {
    public var id: ArticleID
    /// Opened by the reader (and so marked read), rather than shown as a preview of the selection.
    public var isOpen: Bool
    public var article: Article?
    public var failure: String?
    public var document: ReaderDocument = .empty
    /// The first line shown.
    public var top: Int = 0
    /// `mark-read = "at-end"` has marked this opening of the story read: once is all, so that
    /// `m` or `U` afterwards is not overruled while the story stays open.
    public var markedAtEnd = false
    /// Where the story was left last time, to scroll to once it is laid out.
    public var restore: ReadingPosition?

    public init(id: ArticleID, isOpen: Bool) {
        self.id = id
        self.isOpen = isOpen
    }
}
