import BylineCore
import Testing

@Suite struct SanitizerTests {
    @Test(arguments: [
        // CSI
        ("\u{1B}[2JHello", "Hello"),
        ("\u{1B}[31mred\u{1B}[0m plain", "red plain"),
        ("\u{1B}[38;2;255;0;0mtrue\u{1B}[m", "true"),
        ("a\u{1B}[10;20Hb\u{1B}[3A", "ab"),
        ("\u{1B}[?1049hscreen", "screen"),
        ("\u{1B}[", ""),
        // OSC: titles, hyperlinks, clipboard
        ("\u{1B}]0;pwned\u{07}Title", "Title"),
        ("\u{1B}]2;pwned\u{1B}\\Title", "Title"),
        ("\u{1B}]8;;http://x\u{1B}\\text\u{1B}]8;;\u{1B}\\", "text"),
        ("see \u{1B}]8;id=1;https://evil.example\u{07}docs\u{1B}]8;;\u{07}.", "see docs."),
        ("\u{1B}]52;c;ZWNobyBoaQ==\u{07}ok", "ok"),
        ("ok\u{1B}]0;never terminated", "ok"),
        ("\u{1B}]0;aborted\u{1B}[31mx", "x"),
        // DCS, SOS, PM, APC
        ("\u{1B}P1$r0m\u{1B}\\after", "after"),
        ("\u{1B}Xsos\u{1B}\\a\u{1B}^pm\u{1B}\\b\u{1B}_apc\u{1B}\\c", "abc"),
        // Two-character and nF escapes
        ("\u{1B}cReset", "Reset"),
        ("\u{1B}7saved\u{1B}8", "saved"),
        ("\u{1B}(Bascii\u{1B}#8", "ascii"),
        ("end\u{1B}", "end"),
        ("\u{1B}é", "é"),
        // 8-bit forms
        ("\u{9B}2Jcleared", "cleared"),
        ("\u{9B}31mred", "red"),
        ("\u{9D}0;title\u{9C}x", "x"),
        ("\u{9D}0;title\u{1B}\\x", "x"),
        ("\u{90}dcs\u{07}x", "x"),
        ("\u{98}a\u{9C}\u{9E}b\u{9C}\u{9F}c\u{9C}x", "x"),
        ("a\u{80}\u{81}\u{8D}\u{9A}b", "ab"),
        // C0 controls and DEL
        ("a\u{0}b", "ab"),
        ("a\u{7F}b", "ab"),
        ("abc\u{08}\u{08}x", "abcx"),
        ("ding\u{07}", "ding"),
        ("a\u{1}\u{2}\u{3}\u{18}\u{1A}\u{1F}b", "ab"),
        // Line breaks become one space each
        ("fake\rreal", "fake real"),
        ("line1\nline2", "line1 line2"),
        ("a\r\nb", "a b"),
        ("a\n\nb", "a  b"),
        ("a\u{0B}b\u{0C}c", "a b c"),
        ("a\u{85}b\u{2028}c\u{2029}d", "a b c d"),
        // Bidi controls
        ("\u{202E}txt.exe\u{202C}", "txt.exe"),
        ("\u{202A}a\u{202B}b\u{202D}c\u{202C}", "abc"),
        ("\u{2066}a\u{2069}\u{2067}b\u{2069}\u{2068}c\u{2069}", "abc"),
        ("\u{200E}\u{200F}\u{061C}x", "x"),
        // Invisible zero-width characters
        ("pay\u{200B}pal", "paypal"),
        ("\u{FEFF}bom", "bom"),
        ("a\u{2060}b", "ab"),
    ])
    func removesEscapesAndControls(input: String, expected: String) {
        #expect(Sanitizer.sanitize(input) == expected)
    }

    @Test(arguments: [
        "Hello, world",
        "",
        "café",
        "cafe\u{301}",
        "東京タワー",
        "👨‍👩‍👧 family",
        "👨‍💻 and 🏳️‍🌈",
        "می\u{200C}خواهم",
        "🇯🇵 flag",
    ])
    func keepsPrintableTextUnchanged(input: String) {
        let output = Sanitizer.sanitize(input)
        #expect(output == input)
        // String == compares canonically, so also check the exact scalars survived.
        #expect(Array(output.unicodeScalars) == Array(input.unicodeScalars))
    }

    @Test func keepsJoinersInsideSequencesWithEscapesAround() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
        let output = Sanitizer.sanitize("\u{1B}[1m" + family + "\u{1B}[0m\n")
        #expect(Array(output.unicodeScalars) == Array((family + " ").unicodeScalars))
        #expect(output.count == 2)
    }

    @Test(arguments: [
        ("\tx", 4, "    x"),
        ("ab\tx", 4, "ab  x"),
        ("abcd\tx", 4, "abcd    x"),
        ("a\tb\tc", 8, "a       b       c"),
        ("東\tx", 4, "東  x"),
        ("👍a\tx", 4, "👍a x"),
        ("e\u{301}\tx", 4, "e\u{301}   x"),
        ("\u{1B}[31mab\u{1B}[0m\tx", 4, "ab  x"),
        ("a\nb\tx", 4, "a b x"),
        ("x\ty", 0, "x y"),
    ])
    func expandsTabsToDisplayColumns(input: String, tabWidth: Int, expected: String) {
        #expect(Sanitizer.sanitize(input, tabWidth: tabWidth) == expected)
    }

    @Test func outputNeverContainsForbiddenScalars() {
        var generator = SeededGenerator(seed: 0xB1_11E)
        for _ in 0..<500 {
            let input = Self.randomHostileString(using: &generator)
            let output = Sanitizer.sanitize(input)
            let forbidden = output.unicodeScalars.filter { Self.isForbidden($0.value) }
            #expect(forbidden.isEmpty, "\(input.debugDescription) -> \(output.debugDescription)")
            #expect(Sanitizer.sanitize(output) == output, "not idempotent for \(input.debugDescription)")
        }
    }

    /// Written out independently of the implementation so a mistake there can't hide here.
    private static func isForbidden(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069,
             0x200E, 0x200F, 0x061C, 0x200B, 0x2060, 0xFEFF, 0x2028, 0x2029:
            return true
        default:
            return false
        }
    }

    private static let fragments: [String] = [
        "a", "Z", " ", "~", "é", "東", "ア", "한", "👍", "\u{200D}", "\u{200C}", "\u{301}",
        "\u{1B}", "\u{1B}[", "\u{1B}]", "\u{1B}P", "\u{1B}_", "\u{1B}\\", "\u{1B}(", "\u{9B}",
        "\u{9D}", "\u{90}", "\u{9C}", "\u{07}", "\t", "\n", "\r", "\r\n", "0;", "31m", "8;;",
        "\u{202E}", "\u{2067}", "\u{FEFF}", "\u{200B}", "\u{85}", "\u{2028}", "\u{7F}", "\u{0}",
    ]

    private static func randomHostileString(using generator: inout SeededGenerator) -> String {
        var result = ""
        for _ in 0..<Int.random(in: 0...30, using: &generator) {
            if Bool.random(using: &generator), let fragment = fragments.randomElement(using: &generator) {
                result += fragment
            } else if let scalar = Unicode.Scalar(UInt32.random(in: 0...0x2FFF, using: &generator)) {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
