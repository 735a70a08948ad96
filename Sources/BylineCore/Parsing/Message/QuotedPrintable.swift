/// Quoted-printable (RFC 2045 6.7) and its header variant, the Q encoding of RFC 2047.
enum QuotedPrintable {
    /// Decodes `=XX` escapes and soft line breaks (`=` at a line end, even with trailing blanks
    /// some gateways add). A malformed escape stays as written: losing text is worse than showing
    /// a stray "=". In headers (`underscoreIsSpace`) "_" stands for a space.
    static func decode(_ bytes: ArraySlice<UInt8>, underscoreIsSpace: Bool = false) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte == 0x5F, underscoreIsSpace {
                output.append(0x20)
                index += 1
            } else if byte != 0x3D {
                output.append(byte)
                index += 1
            } else if index + 2 < end, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else if let next = softBreakEnd(after: index, in: bytes) {
                index = next
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }

    /// Where the text resumes when the "=" at `equals` ends a line (blanks, then CR LF or LF, or
    /// the end of the data); nil when it is not a soft line break.
    private static func softBreakEnd(after equals: Int, in bytes: ArraySlice<UInt8>) -> Int? {
        var index = equals + 1
        while index < bytes.endIndex, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        if index == bytes.endIndex { return index }
        if bytes[index] == 0x0A { return index + 1 }
        if bytes[index] == 0x0D, index + 1 < bytes.endIndex, bytes[index + 1] == 0x0A { return index + 2 }
        return nil
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
