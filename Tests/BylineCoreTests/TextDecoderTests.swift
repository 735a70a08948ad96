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

/// Binary or text with a NUL in it (the hostile library's articles carry one).
@Suite struct NulHeuristicTests {
    static func random(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
    }

    @Test func randomDataWithOneNulIsBinary() {
        for seed in 1...50 as ClosedRange<UInt64> {
            var bytes = Self.random(300, seed: seed).map { $0 == 0 ? 1 : $0 }
            bytes[150] = 0
            #expect(TextDecoder.looksBinary(bytes), "seed \(seed)")
        }
    }

    @Test func utf8TextWithStrayNulsIsTextAndWithTwoInARowIsBinary() {
        let text = Array("Headline\n\nA body with café and 東京 \u{0} and more.\n".utf8)
        #expect(!TextDecoder.looksBinary(text))
        #expect(!TextDecoder.looksBinary(text + Array("again \u{0}".utf8)))
        #expect(TextDecoder.looksBinary(text + [0, 0]))
        // The 8 KiB sample may end inside a character.
        let long = Array(String(repeating: "é", count: 4_100).utf8) + [0]
        #expect(!TextDecoder.looksBinary([0x41, 0] + long))
    }
}
