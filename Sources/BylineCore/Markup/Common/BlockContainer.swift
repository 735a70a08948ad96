/// An open structure that decides what kind of block the text inside it becomes.
enum BlockContainer {
    /// `next` is the number the next item gets; `step` is -1 for `<ol reversed>`.
    case list(ordered: Bool, next: Int, step: Int)
    /// `markerShown` turns true once the item's first block went out: later paragraphs of the
    /// same item continue it without a marker of their own.
    case item(marker: String, markerShown: Bool)
    case quote

    var isList: Bool {
        if case .list = self { return true }
        return false
    }

    var isItem: Bool {
        if case .item = self { return true }
        return false
    }

    var isQuote: Bool {
        if case .quote = self { return true }
        return false
    }
}
