import CLibXML2

/// Converts HTML body markup, a whole page or a feed's fragment, into blocks a terminal can show.
public enum HTMLConverter {
    public static func convert(html: String) -> RichText {
        var assembler = BlockAssembler()
        convert(html: html, into: &assembler)
        return assembler.richText
    }

    /// Adds `html`'s blocks to an assembler already in use, sharing its link numbers (HTML inside
    /// Markdown).
    static func convert(html: String, into assembler: inout BlockAssembler) {
        LibXML.withDocument(html) { document in
            guard let document, let root = xmlDocGetRootElement(document) else { return }
            HTMLBodyWalker.walk(root, into: &assembler)
        }
    }
}
