import CLibXML2

/// What a parsed feed holds, copied out of the XML tree: the feed's own title and author, the
/// items that arrived whole, and how many were cut off.
struct FeedDocument {
    var root: FeedRoot
    var title: FeedText?
    var authors: [String]
    var entries: [FeedEntry]
    /// Items the file ended inside of, left out.
    var cutOffEntries: Int
    /// The file ended before the root element closed.
    var isTruncated: Bool
    var isWellFormed: Bool

    /// Nil when the root element is not a feed's.
    init?(_ tree: FeedXML.Tree) {
        guard let rootNode = tree.root, let root = Self.kind(of: rootNode) else { return nil }
        self.root = root
        let top = rootNode.childElements.map { (name: $0.feedName(root: root), node: $0) }
        let channels = top.filter { $0.name == "channel" }.map(\.node)
        // RSS 2.0 nests items in the channel; RSS 0.90 and 1.0 put them beside it.
        let items = top.filter { $0.name == root.itemName }.map(\.node)
            + channels.flatMap { channel in channel.childElements.filter { $0.feedName(root: root) == root.itemName } }
        let complete = items.filter { !tree.unfinished.contains($0) }
        entries = complete.map { FeedEntryReader.read($0, root: root) }
        cutOffEntries = items.count - complete.count
        isTruncated = !tree.unfinished.isEmpty
        isWellFormed = tree.wellFormed

        let head = root == .atom ? rootNode : channels.first
        let headChildren = head?.childElements.map { (name: $0.feedName(root: root), node: $0) } ?? []
        func all(_ name: String) -> [xmlNodePtr] { headChildren.filter { $0.name == name }.map(\.node) }
        if let titleNode = all("title").first {
            title = root == .atom ? FeedEntryReader.textConstruct(titleNode) : FeedText(kind: .text, value: titleNode.allText)
        }
        authors = root == .atom ? FeedEntryReader.authors(atom: all) : FeedEntryReader.authors(rss: all)
    }

    /// The parsed root, by local name, so that prefixes and namespace slips do not matter.
    private static func kind(of root: xmlNodePtr) -> FeedRoot? {
        switch root.elementName {
        case "rss": .rss
        case "RDF": .rdf
        case "feed": .atom
        default: nil
        }
    }
}
