/// One entity of a message: the message itself or a body part, with what its headers say about
/// the body's type, encoding and role.
struct MIMEPart {
    var headers: MessageHeaders
    /// The body as transmitted, before its transfer encoding is undone.
    var body: ArraySlice<UInt8>
    var contentType: HeaderParameters
    var disposition: HeaderParameters?

    /// `defaultType` is text/plain, except inside multipart/digest where it is message/rfc822.
    init(headers: MessageHeaders, body: ArraySlice<UInt8>, defaultType: String = "text/plain") {
        self.headers = headers
        self.body = body
        let declared = headers["Content-Type"].map(HeaderParameters.init(parsing:))
        if let declared, declared.value.contains("/") {
            contentType = declared
        } else {
            // A missing or malformed type (plain "text" is common) means the default, but a
            // charset given with it still counts.
            contentType = HeaderParameters(value: defaultType, parameters: declared?.parameters ?? [:])
        }
        disposition = headers["Content-Disposition"].map(HeaderParameters.init(parsing:))
    }

    init(parsing bytes: ArraySlice<UInt8>, defaultType: String = "text/plain") {
        let block = MessageHeaders.read(bytes)
        self.init(headers: block.headers, body: block.body, defaultType: defaultType)
    }

    /// The same part read as text/plain (a multipart that cannot be split), charset kept.
    var asPlainText: MIMEPart {
        var copy = self
        copy.contentType.value = "text/plain"
        return copy
    }

    /// "text/plain", lowercased.
    var mediaType: String { contentType.value }

    var isMultipart: Bool { mediaType.hasPrefix("multipart/") }

    var isEnclosedMessage: Bool { ["message/rfc822", "message/global", "message/news"].contains(mediaType) }

    var isText: Bool { mediaType.hasPrefix("text/") }

    var isAttachment: Bool { disposition?.value == "attachment" }

    /// The name an attachment is listed under: the disposition's filename, else the type's
    /// (older) name parameter. Some mailers put encoded words in it, against RFC 2047.
    var fileName: String? {
        guard let raw = disposition?["filename"] ?? contentType["name"] else { return nil }
        var ignored: [String] = []
        let name = EncodedWords.decode(raw, warnings: &ignored).collapsingWhitespace()
        return name.isEmpty ? nil : name
    }

    /// The body with its Content-Transfer-Encoding undone.
    func decodedBody(warnings: inout [String]) -> [UInt8] {
        let encoding = headers["Content-Transfer-Encoding"]?.trimmingWhitespace().lowercased() ?? ""
        switch encoding {
        case "quoted-printable":
            return QuotedPrintable.decode(body)
        case "base64":
            let decoded = Base64.decode(body)
            if !decoded.isIntact { warnings.append("damaged base64 in a \(mediaType.clipped()) part; kept what decoded") }
            return decoded.bytes
        case "", "7bit", "8bit", "binary":
            return Array(body)
        default:
            warnings.append("unknown Content-Transfer-Encoding \(encoding.clipped()) read as 8bit")
            return Array(body)
        }
    }

    /// The body as text, in its declared charset.
    func decodedText(warnings: inout [String]) -> String {
        MessageCharset.decode(decodedBody(warnings: &warnings), charset: contentType["charset"], warnings: &warnings)
    }
}
