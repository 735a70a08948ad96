/// A body converted from markup (HTML, Markdown): blocks whose links read "text [n]", and the
/// numbered URLs themselves.
public struct RichText: Hashable, Sendable {
    public var blocks: [Block]
    public var links: [String]

    public init(blocks: [Block] = [], links: [String] = []) {
        self.blocks = blocks
        self.links = links
    }
}
