/// Tells a mail or news message from other text by its first lines.
enum MessageSniffer {
    /// Only the start of a file is read: headers of real mail fit, and sniffing stays cheap.
    static let window = 4_096

    /// Fields only mail and news have. Date is not among them: Markdown metadata blocks
    /// (MultiMarkdown, Pelican) are "Title: …" and "Date: …" lines too.
    static let messageFields: Set<String> = [
        "from", "subject", "message-id", "newsgroups", "received", "return-path", "path",
    ]

    static func looksLikeMessage(_ bytes: some Collection<UInt8>) -> Bool {
        let sample = Array(bytes.prefix(window))
        // An mbox holds many messages, each after a "From " envelope line: not one message.
        if sample.starts(with: Array("From ".utf8)) { return false }
        var fieldCount = 0
        var sawMessageField = false
        for line in ByteLines(sample[...]) {
            let content = sample[line.start..<line.contentEnd]
            if content.allSatisfy(MessageHeaders.isWhitespace) { break }
            if let first = content.first, first == 0x20 || first == 0x09 {
                // A continuation line must follow a field.
                if fieldCount == 0 { return false }
                continue
            }
            guard let (name, _) = MessageHeaders.fieldName(in: content) else { break }
            fieldCount += 1
            if messageFields.contains(name.lowercased()) { sawMessageField = true }
        }
        return fieldCount >= 2 && sawMessageField
    }
}
