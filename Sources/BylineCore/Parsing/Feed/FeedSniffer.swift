/// Tells feeds from other files by their root element, reading only the start of the file.
enum FeedSniffer {
    /// Enough for an XML declaration, a licence comment and a DOCTYPE before the root.
    static let window = 8_192

    static func looksLikeFeed(_ bytes: some Collection<UInt8>) -> Bool {
        var head = Array(bytes.prefix(window))
        if let littleEndian = FeedEncoding.utf16ByteOrder(head) {
            let hasMark = head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
            head = Array(TextDecoder.decodeUTF16(head.dropFirst(hasMark ? 2 : 0)[...], littleEndian: littleEndian).utf8)
        }
        guard let prologue = XMLPrologue.scan(head[...]) else { return false }
        return FeedRoot(prologue) != nil
    }
}
