import BylineCore

/// One row of the link view (`L`): the article's own link as number 0, then the links its
/// body numbers [1], [2]…
public struct LinkRow: Hashable, Sendable {
    public var number: Int
    public var url: String

    static func rows(for article: Article) -> [LinkRow] {
        let own = article.link.map { [LinkRow(number: 0, url: $0)] } ?? []
        return own + article.links.enumerated().map { LinkRow(number: $0.offset + 1, url: $0.element) }
    }
}

/// The link view's selection and the number being typed into it.
public struct LinkPicker: Hashable, Sendable {
    public var rows: [LinkRow]
    public var list = ListState()
    /// Digits typed so far: "1" of a "12" still to come.
    public var typed = ""
}
