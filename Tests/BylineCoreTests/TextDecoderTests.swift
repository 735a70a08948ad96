import BylineCore
import Testing

@Suite struct TextDecoderTests {
    @Test func stripsTheUTF8ByteOrderMark() {
        let decoded = TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Café".utf8))
        #expect(decoded.text == "Café")
        #expect(decoded.encoding == .utf8)
    }

    @Test func decodesInvalidUTF8AsWindows1252() {
        // "café “quoted” — 5€" as Windows-1252.
        let bytes: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x97, 0x20, 0x35, 0x80]
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.text == "café “q” — 5€")
        #expect(decoded.encoding == .windows1252)
    }

    @Test func decodesUTF16WithAByteOrderMark() {
        #expect(TextDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x6C, 0x67]).text == "A杬")
        #expect(TextDecoder.decode([0xFE, 0xFF, 0x00, 0x41]).text == "A")
    }

    @Test(arguments: [
        ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00] as [UInt8], true),
        (Array(repeating: 0x01, count: 40) + Array("text".utf8), true),
        (Array("plain text\twith\ttabs\r\n".utf8), false),
        (Array("\u{1B}[2J escapes are text, not binary".utf8), false),
    ])
    func tellsBinaryFromText(bytes: [UInt8], binary: Bool) {
        #expect(TextDecoder.looksBinary(bytes) == binary)
    }
}
