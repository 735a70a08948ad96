extension MessageBodyReader {
    mutating func readMultipart(_ part: MIMEPart, depth: Int) -> MessageContent {
        guard let boundary = part.contentType["boundary"], !boundary.isEmpty else {
            warnings.append("\(part.mediaType.clipped()) without a boundary read as plain text")
            return readText(part.asPlainText)
        }
        let split = MultipartSplitter.split(part.body, boundary: boundary)
        guard !split.parts.isEmpty else {
            warnings.append("\(part.mediaType.clipped()) boundary never appears; read as plain text")
            return readText(part.asPlainText)
        }
        if !split.isClosed { warnings.append("\(part.mediaType.clipped()) has no closing boundary") }
        let subtype = part.mediaType.dropFirst("multipart/".count)
        let defaultType = subtype == "digest" ? "message/rfc822" : "text/plain"
        let children = split.parts.map { MIMEPart(parsing: $0, defaultType: defaultType) }
        switch subtype {
        case "alternative":
            return readAlternative(children, depth: depth)
        case "related", "signed":
            // The first part is the content; the rest are its images or its signature.
            return children.first.map { read($0, depth: depth + 1) } ?? MessageContent()
        default:
            return readMixed(children, depth: depth)
        }
    }

    /// Plain text if there is some, else HTML, else the last (richest) nested structure. A
    /// blank plain part (some senders leave it empty) gives way to the HTML.
    private mutating func readAlternative(_ children: [MIMEPart], depth: Int) -> MessageContent {
        let candidates = children.filter { !$0.isAttachment }
        let html = candidates.first { $0.mediaType == "text/html" }
        if let plain = candidates.first(where: { $0.mediaType == "text/plain" }) {
            let content = readText(plain)
            if !content.body.isEmpty || html == nil { return content }
        }
        if let html { return readText(html) }
        if let nested = candidates.last(where: { $0.isMultipart || $0.isEnclosedMessage || $0.isText }) {
            return read(nested, depth: depth + 1)
        }
        return MessageContent()
    }

    /// The first text part that is not an attachment is the body; other text parts are
    /// dropped, other parts listed as attachments, enclosed messages kept.
    private mutating func readMixed(_ children: [MIMEPart], depth: Int) -> MessageContent {
        var content = MessageContent()
        for child in children {
            if child.isMultipart || child.isEnclosedMessage {
                content.merge(read(child, depth: depth + 1))
            } else if child.isText, !child.isAttachment {
                if !content.hasBody { content.merge(readText(child)) }
            } else {
                content.attachments.append(child.fileName ?? "unnamed \(child.mediaType)")
            }
        }
        return content
    }
}
