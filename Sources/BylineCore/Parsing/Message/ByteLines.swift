/// One line of a byte buffer, as positions in it: the content runs from `start` to `contentEnd`
/// (without CR LF or LF), and the next line starts at `end`.
struct ByteLine {
    var start: Int
    var contentEnd: Int
    var end: Int
}

/// The lines of raw message bytes. Mail is split on bytes, not text, because headers and MIME
/// boundaries must be found before any charset is known.
struct ByteLines: Sequence, IteratorProtocol {
    private let bytes: ArraySlice<UInt8>
    private var position: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    mutating func next() -> ByteLine? {
        guard position < bytes.endIndex else { return nil }
        let start = position
        let newline = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
        var contentEnd = newline
        if contentEnd > start, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
        position = newline < bytes.endIndex ? newline + 1 : newline
        return ByteLine(start: start, contentEnd: contentEnd, end: position)
    }
}
