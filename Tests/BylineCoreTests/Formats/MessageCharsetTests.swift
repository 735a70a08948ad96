@testable import BylineCore
import Testing

@Suite struct MessageCharsetTests {
    static let cases: [(charset: String?, bytes: [UInt8], text: String, warning: String?)] = [
        ("utf-8", [0x63, 0x61, 0x66, 0xC3, 0xA9], "café", nil),
        ("UTF8", [0xC3, 0xA9], "é", nil),
        ("\"utf-8\"", [0xC3, 0xA9], "é", nil),
        ("us-ascii", Array("plain".utf8), "plain", nil),
        ("us-ascii", [0xC3, 0xA9], "é", nil),  // mislabelled UTF-8
        (nil, [0xE9], "é", nil),  // undeclared 8-bit
        ("ISO-8859-1", [0x63, 0x61, 0x66, 0xE9], "café", nil),
        ("latin1", [0x93, 0x71, 0x94], "\u{201C}q\u{201D}", nil),  // Windows-1252 quotes, as browsers read them
        ("iso-8859-15", [0xA4, 0xBD], "€œ", nil),
        ("latin-9", [0xE9], "é", nil),
        ("windows-1252", [0x80, 0x85], "€…", nil),
        ("CP1252", [0x96], "–", nil),
        ("utf-8", [0x63, 0x61, 0x66, 0xE9], "café", "invalid UTF-8 decoded as Windows-1252"),
        ("koi8-r", [0xF0, 0xD2], "ðÒ", "charset koi8-r decoded as Windows-1252"),
        ("Big5", [0x41], "A", "charset big5 decoded as Windows-1252"),
    ]

    @Test(arguments: cases)
    func decodesDeclaredCharsets(charset: String?, bytes: [UInt8], text: String, warning: String?) {
        var warnings: [String] = []
        #expect(MessageCharset.decode(bytes, charset: charset, warnings: &warnings) == text)
        #expect(warnings == (warning.map { [$0] } ?? []))
    }

    @Test func aHostileCharsetNameIsClippedInTheWarning() {
        var warnings: [String] = []
        _ = MessageCharset.decode([0x41], charset: String(repeating: "x", count: 10_000), warnings: &warnings)
        #expect(warnings == ["charset \(String(repeating: "x", count: 40))… decoded as Windows-1252"])
    }
}
