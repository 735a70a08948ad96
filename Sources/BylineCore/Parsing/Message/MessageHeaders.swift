/// A header block after unfolding: fields in order, values still raw (encoded words intact,
/// because structured fields such as From must be split before their words are decoded).
struct MessageHeaders {
    struct Field {
        var name: String
        var value: String
    }

    /// What `read` found: the fields, the body after them, and whether a blank line separated
    /// them (false when a stray line or the end of the bytes ended the header block).
    struct Block {
        var headers: MessageHeaders
        var body: ArraySlice<UInt8>
        var endsWithBlankLine: Bool
    }

    private(set) var fields: [Field] = []

    var isEmpty: Bool { fields.isEmpty }

    /// The first value of a field, by case-insensitive name.
    subscript(name: String) -> String? {
        let wanted = name.lowercased()
        return fields.first { $0.name.lowercased() == wanted }?.value
    }

    static func read(_ bytes: ArraySlice<UInt8>) -> Block {
        var headers = MessageHeaders()
        var pending: (name: String, value: [UInt8])?

        func flush() {
            guard let field = pending else { return }
            headers.fields.append(Field(name: field.name, value: decodeValue(field.value)))
            pending = nil
        }

        for line in ByteLines(bytes) {
            let content = bytes[line.start..<line.contentEnd]
            // A line of only spaces is meant as the separator far more often than as an (obsolete)
            // empty continuation line.
            if content.allSatisfy(isWhitespace) {
                flush()
                return Block(headers: headers, body: bytes[line.end...], endsWithBlankLine: true)
            }
            if let first = content.first, isWhitespace(first), pending != nil {
                // Unfolding removes only the line break; the folding whitespace stays.
                pending?.value.append(contentsOf: content)
            } else if let (name, valueStart) = fieldName(in: content) {
                flush()
                pending = (name, Array(content[valueStart...]))
            } else {
                flush()
                return Block(headers: headers, body: bytes[line.start...], endsWithBlankLine: false)
            }
        }
        flush()
        return Block(headers: headers, body: bytes[bytes.endIndex...], endsWithBlankLine: false)
    }

    /// The name of a "Name: value" line and where its value starts, or nil when the line is not a
    /// field. Names are printable ASCII without colon or space (RFC 5322 ftext); whitespace
    /// before the colon is obsolete syntax still seen in old news.
    static func fieldName(in line: ArraySlice<UInt8>) -> (name: String, valueStart: Int)? {
        var index = line.startIndex
        while index < line.endIndex, line[index] != 0x3A {
            guard (33...126).contains(line[index]) else { break }
            index += 1
        }
        let nameEnd = index
        while index < line.endIndex, line[index] == 0x20 || line[index] == 0x09 { index += 1 }
        guard nameEnd > line.startIndex, index < line.endIndex, line[index] == 0x3A else { return nil }
        let name = String(decoding: line[line.startIndex..<nameEnd], as: UTF8.self)
        return (name, index + 1)
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }

    /// Raw 8-bit header bytes are not allowed but common: UTF-8 if they are valid, else
    /// Windows-1252, as for whole files.
    private static func decodeValue(_ bytes: [UInt8]) -> String {
        let text = String(validating: bytes, as: UTF8.self) ?? Windows1252.decode(bytes)
        return text.trimmingWhitespace()
    }
}
