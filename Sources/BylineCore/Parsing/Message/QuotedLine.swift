/// A line of a text/plain body with its ">" quote markers taken off: depth 0 for the sender's
/// own text, 1 for "> ", 2 for ">> " or "> > ".
struct QuotedLine {
    var depth: Int
    var text: Substring

    /// Splits on LF (with or without CR), finding line ends in the UTF-8 bytes so a 10 MB body
    /// splits in one quick pass.
    static func splitLines(_ text: String) -> [Substring] {
        var text = text
        text.makeContiguousUTF8()
        let utf8 = text.utf8
        let ends = utf8.withContiguousStorageIfAvailable { ByteLines.lineBounds(in: $0) } ?? ByteLines.lineBounds(in: Array(utf8))
        return ends.map { bounds in
            text[utf8.index(utf8.startIndex, offsetBy: bounds.start)..<utf8.index(utf8.startIndex, offsetBy: bounds.contentEnd)]
        }
    }

    /// Unflowed text nests quotes as ">>" or "> >" alike; one space after the markers belongs
    /// to them.
    init(unflowed line: Substring) {
        let utf8 = line.utf8
        var depth = 0
        var index = utf8.startIndex
        var markerEnd = index
        while index < utf8.endIndex {
            if utf8[index] == 0x3E {
                depth += 1
                index = utf8.index(after: index)
                markerEnd = index
            } else if utf8[index] == 0x20, depth > 0 {
                index = utf8.index(after: index)
            } else {
                break
            }
        }
        if depth > 0, markerEnd < utf8.endIndex, utf8[markerEnd] == 0x20 { markerEnd = utf8.index(after: markerEnd) }
        self.init(depth: depth, text: line[markerEnd...])
    }

    /// RFC 3676 4.5: in flowed text the markers are contiguous, and one space after them is
    /// space-stuffing.
    init(flowed line: Substring) {
        let utf8 = line.utf8
        var depth = 0
        var index = utf8.startIndex
        while index < utf8.endIndex, utf8[index] == 0x3E {
            depth += 1
            index = utf8.index(after: index)
        }
        if index < utf8.endIndex, utf8[index] == 0x20 { index = utf8.index(after: index) }
        self.init(depth: depth, text: line[index...])
    }

    init(depth: Int, text: Substring) {
        self.depth = depth
        self.text = text
    }

    /// "-- " starts a signature (RFC 3676 4.3); many editors strip the trailing space.
    var isSignatureSeparator: Bool {
        depth == 0 && (text == "-- " || text == "--")
    }
}
