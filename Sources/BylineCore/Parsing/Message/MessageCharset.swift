/// The charsets mail declares, by their many names. Anything else is read as Windows-1252 so no
/// message is rejected, with a warning for `byline check`.
enum MessageCharset {
    enum Known {
        case utf8, ascii, latin1, latin9, windows1252
    }

    private static let aliases: [String: Known] = [
        "utf-8": .utf8, "utf8": .utf8, "unicode-1-1-utf-8": .utf8, "x-unicode20utf8": .utf8,
        "us-ascii": .ascii, "ascii": .ascii, "ansi_x3.4-1968": .ascii, "iso646-us": .ascii, "us": .ascii,
        "iso-8859-1": .latin1, "iso8859-1": .latin1, "iso_8859-1": .latin1, "iso_8859-1:1987": .latin1,
        "latin1": .latin1, "latin-1": .latin1, "l1": .latin1, "cp819": .latin1, "ibm819": .latin1,
        "iso-ir-100": .latin1,
        "iso-8859-15": .latin9, "iso8859-15": .latin9, "iso_8859-15": .latin9, "latin9": .latin9,
        "latin-9": .latin9, "l9": .latin9,
        "windows-1252": .windows1252, "cp1252": .windows1252, "x-cp1252": .windows1252,
        "win-1252": .windows1252, "ms-ansi": .windows1252,
    ]

    static func known(_ name: String) -> Known? {
        aliases[normalized(name)]
    }

    /// Lowercased, without the quotes a sloppy encoder leaves around it.
    static func normalized(_ name: String) -> String {
        name.trimmingWhitespace().lowercased().filter { $0 != "\"" && $0 != "'" }
    }

    /// Decodes bytes declared as `charset` (nil when undeclared). Undeclared and US-ASCII text
    /// with 8-bit bytes is mislabelled, not damaged: it is read as UTF-8 when valid, else as
    /// Windows-1252, silently.
    static func decode(_ bytes: [UInt8], charset: String?, warnings: inout [String]) -> String {
        let name = charset.map(normalized) ?? ""
        switch name.isEmpty ? .ascii : known(name) {
        case .utf8:
            if let text = String(validating: bytes, as: UTF8.self) { return text }
            warnings.append("invalid UTF-8 decoded as Windows-1252")
            return Windows1252.decode(bytes)
        case .ascii:
            return String(validating: bytes, as: UTF8.self) ?? Windows1252.decode(bytes)
        case .latin1, .windows1252:
            // Text labelled ISO-8859-1 uses the Windows-1252 quotes and dashes in 0x80-0x9F far
            // more often than C1 controls, so browsers treat the labels as one; so does this.
            return Windows1252.decode(bytes)
        case .latin9:
            return latin9(bytes)
        case nil:
            warnings.append("charset \(name.clipped()) decoded as Windows-1252")
            return Windows1252.decode(bytes)
        }
    }

    /// ISO-8859-15 differs from Latin-1 in eight places, the euro sign among them.
    private static let latin9Changes: [UInt8: Unicode.Scalar] = [
        0xA4: "\u{20AC}", 0xA6: "\u{0160}", 0xA8: "\u{0161}", 0xB4: "\u{017D}",
        0xB8: "\u{017E}", 0xBC: "\u{0152}", 0xBD: "\u{0153}", 0xBE: "\u{0178}",
    ]

    private static func latin9(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            scalars.append(latin9Changes[byte] ?? Unicode.Scalar(byte))
        }
        return String(scalars)
    }
}
