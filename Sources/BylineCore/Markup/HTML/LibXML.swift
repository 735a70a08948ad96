import CLibXML2

/// The one door to libxml2's HTML parser: sets the library up once for every thread and hands
/// out parsed documents that are freed when the caller is done. (Feeds use its XML parser
/// through `FeedXML`, after the same setup.)
enum LibXML {
    /// Runs once, whichever thread gets here first (Swift initializes globals with a lock).
    static let ready: Bool = {
        xmlInitParser()
        cx_silence_errors_by_default()
        return true
    }()

    /// Parses `html` leniently (broken markup is repaired, never reported) and passes the
    /// document to `body`; nil when libxml2 made nothing of it (empty input).
    static func withDocument<Result>(_ html: String, _ body: (xmlDocPtr?) -> Result) -> Result {
        precondition(ready)
        // Threads that used libxml2 before the defaults were set keep their own handlers.
        cx_silence_errors_on_this_thread()
        var text = html
        let document: xmlDocPtr? = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0, bytes.count <= Int(Int32.max) else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { characters in
                htmlReadMemory(characters, Int32(bytes.count), nil, "UTF-8", options)
            }
        }
        defer { if let document { xmlFreeDoc(document) } }
        return body(document)
    }

    /// The caller already decoded the bytes, so a `<meta charset>` must not switch encodings.
    /// Without XML_PARSE_HUGE libxml2 stops the whole parse at 256 levels of nesting and the
    /// page loses everything from there on; its HTML parser and tree freeing do not recurse,
    /// and the walk here does not either, so deep pages are safe to read whole.
    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue
    )
}
