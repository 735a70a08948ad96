/// Names feed elements the same way whatever prefixes a document chose: "content:encoded",
/// "dc:creator", "title". Elements of the feed's own vocabulary (RSS with or without its 1.0
/// namespace, Atom in an Atom document) keep their bare local name.
enum FeedNamespaces {
    private static let prefixes: [String: String] = [
        "http://purl.org/rss/1.0/modules/content/": "content",
        "http://purl.org/dc/elements/1.1/": "dc",
        "http://purl.org/dc/terms/": "dcterms",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
        "http://www.w3.org/1999/xhtml": "xhtml",
        "http://www.w3.org/2005/Atom": "atom",
        "http://purl.org/atom/ns#": "atom",
        "http://purl.org/rss/1.0/": "",
        "http://my.netscape.com/rdf/simple/0.9/": "",
        "http://backend.userland.com/rss2": "",
    ]

    /// `local` in namespace `href` (nil: none declared) as the parser below refers to it.
    /// Unknown namespaces keep the document's own prefix.
    static func name(local: String, href: String?, documentPrefix: String?, root: FeedRoot) -> String {
        guard let href else { return local }
        let prefix = prefixes[href] ?? documentPrefix ?? ""
        if prefix.isEmpty || (prefix == "atom" && root == .atom) { return local }
        return prefix + ":" + local
    }
}
