/// A cursor over bytes for the small hand-written scans that run before libxml2 sees the bytes.
struct ByteScanner {
    let bytes: ArraySlice<UInt8>
    private(set) var index: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.index = bytes.startIndex
    }

    var isAtEnd: Bool { index >= bytes.endIndex }

    func peek(_ offset: Int) -> UInt8? {
        index + offset < bytes.endIndex ? bytes[index + offset] : nil
    }

    func matches(_ pattern: [UInt8], ignoringCase: Bool = false) -> Bool {
        guard bytes.endIndex - index >= pattern.count else { return false }
        for (offset, expected) in pattern.enumerated() {
            let actual = bytes[index + offset]
            if actual == expected { continue }
            guard ignoringCase, Self.lowercased(actual) == Self.lowercased(expected) else { return false }
        }
        return true
    }

    mutating func skip(prefix pattern: [UInt8]) -> Bool {
        guard matches(pattern) else { return false }
        index += pattern.count
        return true
    }

    mutating func skip(prefixIgnoringCase pattern: [UInt8]) -> Bool {
        guard matches(pattern, ignoringCase: true) else { return false }
        index += pattern.count
        return true
    }

    /// Moves just past the next occurrence of `pattern`; false (at the end) when there is none.
    mutating func skip(past pattern: [UInt8]) -> Bool {
        while !isAtEnd {
            if skip(prefix: pattern) { return true }
            index += 1
        }
        return false
    }

    mutating func skipWhitespace() {
        while let byte = peek(0), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    /// Skips the rest of a `<!DOCTYPE …>` (its name already consumed), quoted strings, comments and
    /// internal subset included; false (at the end) when it never ends.
    mutating func skipDoctype() -> Bool {
        var inSubset = false
        while let byte = peek(0) {
            if byte == 0x22 || byte == 0x27 {
                index += 1
                guard skip(past: [byte]) else { return false }
            } else if inSubset, skip(prefix: Array("<!--".utf8)) {
                guard skip(past: Array("-->".utf8)) else { return false }
            } else {
                index += 1
                switch byte {
                case 0x5B: inSubset = true
                case 0x5D: inSubset = false
                case 0x3E where !inSubset: return true
                default: break
                }
            }
        }
        return false
    }

    /// The start tag at the cursor up to its ">" (quotes respected) or the end of the bytes, with
    /// the "<" and ">" left off.
    mutating func startTag() -> ArraySlice<UInt8> {
        index += 1
        let start = index
        var quote: UInt8?
        while let byte = peek(0) {
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x3E {
                defer { index += 1 }
                return bytes[start..<index]
            }
            index += 1
        }
        return bytes[start..<index]
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}
