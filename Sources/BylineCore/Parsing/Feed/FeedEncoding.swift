/// Brings a feed's bytes to UTF-8 before libxml2 sees them, so the byte-level passes that
/// follow (prologue scan, entity repair) only ever deal with one ASCII-compatible encoding.
///
/// Latin-1 and US-ASCII labels are read as Windows-1252, as browsers do: feeds that declare
/// ISO-8859-1 routinely carry curly quotes in 0x80-0x9F. Labels this type does not know
/// (KOI8-R, Shift_JIS…) pass through for libxml2's iconv to handle.
enum FeedEncoding {
    struct Normalized {
        var bytes: [UInt8]
        var warning: String?
    }

    private static let windows1252Labels: Set<String> = [
        "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
        "windows-1252", "cp1252", "x-cp1252",
    ]

    static func normalize(_ input: [UInt8]) -> Normalized {
        if input.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(input.dropFirst(3))
            // The mark outranks whatever the declaration claims.
            if String(validating: body, as: UTF8.self) != nil { return Normalized(bytes: relabel(body)) }
            return Normalized(bytes: relabel(Windows1252.decode(body)), warning: "not valid UTF-8 despite its byte order mark; read as Windows-1252")
        }
        if let littleEndian = utf16ByteOrder(input) {
            let hasBOM = input.starts(with: [0xFF, 0xFE]) || input.starts(with: [0xFE, 0xFF])
            let text = TextDecoder.decodeUTF16(input.dropFirst(hasBOM ? 2 : 0), littleEndian: littleEndian)
            return Normalized(bytes: relabel(text))
        }
        let label = declaredEncoding(input)?.lowercased()
        if let label, windows1252Labels.contains(label) {
            return Normalized(bytes: relabel(Windows1252.decode(input)))
        }
        if label == nil || label == "utf-8" || label == "utf8" {
            if String(validating: input, as: UTF8.self) != nil { return Normalized(bytes: input) }
            return Normalized(bytes: relabel(Windows1252.decode(input)), warning: "not valid UTF-8; read as Windows-1252")
        }
        return Normalized(bytes: input)
    }

    /// For a charset libxml2 does not know either: UTF-8 if the bytes are valid UTF-8, else
    /// Windows-1252, as for undeclared text.
    static func overridingDeclaration(_ input: [UInt8]) -> Normalized {
        let label = declaredEncoding(input) ?? "?"
        if String(validating: input, as: UTF8.self) != nil {
            return Normalized(bytes: relabel(input), warning: "unknown charset \(label); read as UTF-8")
        }
        return Normalized(bytes: relabel(Windows1252.decode(input)), warning: "unknown charset \(label); read as Windows-1252")
    }

    /// Text that starts with "<" in UTF-16 (with or without a byte order mark); true for little-endian.
    static func utf16ByteOrder(_ bytes: some Collection<UInt8>) -> Bool? {
        let head = Array(bytes.prefix(4))
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0x3C, 0x00, 0x3F, 0x00]) { return true }
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0x00, 0x3C, 0x00, 0x3F]) { return false }
        return nil
    }

    /// The `encoding` pseudo-attribute of a leading `<?xml …?>` declaration.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        guard let end = declarationEnd(bytes) else { return nil }
        let declaration = String(decoding: bytes[..<end], as: UTF8.self)
        guard let name = declaration.firstRange(of: "encoding") else { return nil }
        let rest = declaration[name.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return value.isEmpty ? nil : String(value)
    }

    /// The end offset (after "?>") of an XML declaration at the very start, if there is one.
    static func declarationEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.starts(with: Array("<?xml".utf8)), bytes.count > 5,
              [0x20, 0x09, 0x0A, 0x0D].contains(bytes[5]) else { return nil }
        var index = 5
        // A declaration is short; a missing "?>" nearby means this is not one.
        while index + 1 < min(bytes.count, 512) {
            if bytes[index] == 0x3F, bytes[index + 1] == 0x3E { return index + 2 }
            index += 1
        }
        return nil
    }

    /// UTF-8 bytes of transcoded text, with the old declaration replaced so libxml2 does not
    /// transcode a second time. Newlines inside the old declaration survive to keep line numbers.
    private static func relabel(_ text: String) -> [UInt8] {
        relabel(Array(text.utf8))
    }

    private static func relabel(_ utf8: [UInt8]) -> [UInt8] {
        var bytes = utf8
        if let end = declarationEnd(bytes) {
            let newlines = bytes[..<end].filter { $0 == 0x0A }.count
            let replacement = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".utf8) + Array(repeating: 0x0A, count: newlines)
            bytes.replaceSubrange(..<end, with: replacement)
        }
        return bytes
    }
}
