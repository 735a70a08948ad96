import CLibXML2

/// The one place feeds meet libxml2's XML parser. Every call has its own parser context, so
/// many threads may parse at once.
enum FeedXML {
    /// A parsed document as far as the bytes allowed.
    struct Tree {
        var root: xmlNodePtr?
        /// Elements still open when the bytes ran out: the file was cut off inside them.
        var unfinished: Set<xmlNodePtr>
        /// False when libxml2 had to recover from an error.
        var wellFormed: Bool
    }

    /// Parses `bytes` leniently and passes the tree to `body`, which must not keep any node:
    /// the document is freed when it returns.
    static func withTree<Result>(_ bytes: [UInt8], _ body: (Tree) -> Result) -> Result {
        precondition(LibXML.ready)
        // Threads that used libxml2 before the defaults were set keep their own handlers.
        cx_silence_errors_on_this_thread()
        guard let context = xmlNewParserCtxt() else { return body(Tree(root: nil, unfinished: [], wellFormed: false)) }
        defer { xmlFreeParserCtxt(context) }
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0, buffer.count <= Int(Int32.max) else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                xmlCtxtReadMemory(context, characters, Int32(buffer.count), nil, nil, options)
            }
        }
        defer { if let document { xmlFreeDoc(document) } }
        // The parser's element stack is left as it was when the input ended: a complete
        // document leaves it empty, a truncated one holds the elements it was inside.
        var unfinished: Set<xmlNodePtr> = []
        if let stack = context.pointee.nodeTab {
            for level in 0..<Int(max(0, context.pointee.nodeNr)) {
                if let node = stack[level] { unfinished.insert(node) }
            }
        }
        let root = document.flatMap { xmlDocGetRootElement($0) }
        return body(Tree(root: root, unfinished: unfinished, wellFormed: context.pointee.wellFormed != 0))
    }

    /// Never NOENT or DTDLOAD: no external entities, and (with the DOCTYPE blanked by
    /// `XMLRepair`) no entity expansion at all. HUGE lifts the 256-level depth limit, which
    /// would otherwise stop the parse and lose every later item; libxml2's XML parser and tree
    /// freeing do not recurse, and neither do the walks here. CDATA arrives as plain text.
    private static let options = Int32(
        XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_HUGE.rawValue
    )
}
