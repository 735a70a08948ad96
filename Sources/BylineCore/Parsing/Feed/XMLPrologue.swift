/// What precedes a document's root element, read straight from UTF-8 bytes: enough to tell a
/// feed from other markup without parsing it, and to find the DOCTYPE that parsing leaves out.
struct XMLPrologue {
    /// The root element's qualified name: "rss", "rdf:RDF", "feed".
    var rootName: String
    /// The root start tag as far as it was read, attributes included (namespace checks).
    var rootTag: String
    /// Where the root element's "<" is.
    var rootOffset: Int
    /// Where a `<!DOCTYPE …>` is, whole.
    var doctype: Range<Int>?

    /// Nil when something other than markup comes first (plain text, Markdown) or the bytes end
    /// before a root element starts.
    static func scan(_ bytes: ArraySlice<UInt8>) -> XMLPrologue? {
        var scanner = ByteScanner(bytes)
        var doctype: Range<Int>?
        _ = scanner.skip(prefix: [0xEF, 0xBB, 0xBF])  // a byte order mark is optional
        while true {
            scanner.skipWhitespace()
            let start = scanner.index
            if scanner.skip(prefix: Array("<?".utf8)) {
                guard scanner.skip(past: Array("?>".utf8)) else { return nil }
            } else if scanner.skip(prefix: Array("<!--".utf8)) {
                guard scanner.skip(past: Array("-->".utf8)) else { return nil }
            } else if scanner.skip(prefixIgnoringCase: Array("<!DOCTYPE".utf8)) {
                guard scanner.skipDoctype() else { return nil }
                doctype = start..<scanner.index
            } else if scanner.peek(0) == 0x3C, let next = scanner.peek(1), isNameStart(next) {
                let tag = scanner.startTag()
                let name = tag.prefix { !isTagDelimiter($0) }
                return XMLPrologue(
                    rootName: String(decoding: name, as: UTF8.self), rootTag: String(decoding: tag, as: UTF8.self),
                    rootOffset: start, doctype: doctype)
            } else {
                return nil
            }
        }
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F || byte == 0x3A || byte >= 0x80
    }

    private static func isTagDelimiter(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x2F || byte == 0x3E
    }
}
