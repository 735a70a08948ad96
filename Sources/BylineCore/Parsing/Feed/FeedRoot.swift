/// The kinds of root element that make a document a feed.
enum FeedRoot: Equatable {
    case rss, rdf, atom

    static let rdfNamespaces = ["http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/"]
    static let atomNamespaces = ["http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#"]

    /// From the root start tag as written, before parsing (sniffing).
    init?(_ prologue: XMLPrologue) {
        let name = prologue.rootName
        let local = name.split(separator: ":").last.map(String.init) ?? name
        let isPrefixed = name.contains(":")
        switch local {
        case "rss" where !isPrefixed:
            self = .rss
        // RDF is used for much besides RSS: only the RSS namespace makes it a feed.
        case "RDF" where Self.rdfNamespaces.contains { prologue.rootTag.contains($0) }:
            self = .rdf
        case "feed" where !isPrefixed || Self.atomNamespaces.contains { prologue.rootTag.contains($0) }:
            self = .atom
        default:
            return nil
        }
    }

    /// Item elements: `item` in RSS of every version, `entry` in Atom.
    var itemName: String { self == .atom ? "entry" : "item" }
}
