import Foundation

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
        let newline = Self.newline(in: bytes[start...]) ?? bytes.endIndex
        var contentEnd = newline
        if contentEnd > start, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
        position = newline < bytes.endIndex ? newline + 1 : newline
        return ByteLine(start: start, contentEnd: contentEnd, end: position)
    }

    /// memchr: a generic byte search is many times slower in debug builds, and tests run those
    /// over 10 MB bodies.
    private static func newline(in bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base, 0x0A, buffer.count) else { return nil }
            return bytes.startIndex + (UnsafeRawPointer(found) - UnsafeRawPointer(base))
        }
    }

    /// Every line of a buffer, including an empty last one after a final line break (text
    /// splitting keeps it; header and boundary scanning never asks for it).
    static func lineBounds(in buffer: some Collection<UInt8>) -> [ByteLine] {
        let bytes = Array(buffer)[...]
        var lines = Array(ByteLines(bytes))
        if lines.last.map({ $0.end > $0.contentEnd }) ?? true {
            lines.append(ByteLine(start: bytes.endIndex, contentEnd: bytes.endIndex, end: bytes.endIndex))
        }
        return lines
    }
}
