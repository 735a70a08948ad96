/// One feed item as the document wrote it, copied out of the XML tree before anything is
/// rendered: strings only, so the tree can be freed first.
struct FeedEntry: Equatable {
    var title: FeedText?
    var link: String?
    /// `guid` or Atom `id`.
    var id: String?
    var authors: [String] = []
    /// Date texts in order of preference (published before updated).
    var dates: [String] = []
    /// The fullest body the item has (`content:encoded` or Atom `content` before a summary).
    var content: FeedText?
}

/// Text whose markup the feed declares: Atom's `type="text"` is shown as written, while HTML
/// (Atom `html`, RSS descriptions by convention) and XHTML (already turned into HTML source)
/// go through the HTML renderer.
struct FeedText: Equatable {
    enum Kind { case text, html }

    var kind: Kind
    var value: String

    var isBlank: Bool { value.allSatisfy(\.isWhitespace) }
}
