/// Splits a multipart body at its boundary lines (RFC 2046 5.1.1).
enum MultipartSplitter {
    struct Parts {
        /// The body parts, without the line break that belongs to the next delimiter. Empty when
        /// the boundary never appears.
        var parts: [ArraySlice<UInt8>]
        /// False when the closing "--boundary--" line is missing; the last part then runs to the end.
        var isClosed: Bool
    }

    /// Delimiter lines are "--boundary", optionally followed by blanks; "--boundary--" closes.
    /// The preamble before the first delimiter and the epilogue after the closing one are dropped.
    static func split(_ body: ArraySlice<UInt8>, boundary: String) -> Parts {
        let delimiter = Array(("--" + boundary).utf8)
        var parts: [ArraySlice<UInt8>] = []
        var partStart: Int?
        for line in ByteLines(body) {
            // Most lines do not start with "-"; checking one byte first keeps 10 MB bodies fast.
            guard line.start < line.contentEnd, body[line.start] == 0x2D else { continue }
            let content = body[line.start..<line.contentEnd]
            guard content.starts(with: delimiter) else { continue }
            let rest = content.dropFirst(delimiter.count)
            let closes = rest.starts(with: [0x2D, 0x2D])
            guard closes || rest.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { continue }
            if let start = partStart {
                parts.append(body[start..<lineBreakStart(before: line.start, from: start, in: body)])
            }
            if closes { return Parts(parts: parts, isClosed: true) }
            partStart = line.end
        }
        if let start = partStart { parts.append(body[start...]) }
        return Parts(parts: parts, isClosed: false)
    }

    /// The CR LF (or LF) before a delimiter is part of the delimiter, not of the part.
    private static func lineBreakStart(before index: Int, from start: Int, in body: ArraySlice<UInt8>) -> Int {
        var end = index
        if end > start, body[end - 1] == 0x0A { end -= 1 }
        if end > start, body[end - 1] == 0x0D { end -= 1 }
        return end
    }
}
