import Testing

@testable import BylineTerminal

/// A stand-in for glibc's `wcwidth` in a UTF-8 locale, so the tests do not depend on the
/// locale the test runner happens to have.
private func fakeWcwidth(_ scalar: Unicode.Scalar) -> Int {
    switch scalar.value {
    case 0x300...0x36F, 0x200D, 0xFE0F: 0  // combining marks, joiner, variation selector
    case 0x1100...0x115F, 0x4E00...0x9FFF, 0x1F300...0x1F64F, 0x1F466...0x1F469: 2
    case 0x1F1E6...0x1F1FF: 1  // regional indicators
    case 0xE000...0xF8FF: -1  // pretend the private use area is unprintable
    default: 1
    }
}

@Suite struct GlyphEncoderTests {
    @Test(arguments: [
        ("a", 1, "a"),
        ("中", 2, "中"),
        ("e\u{301}", 1, "e\u{301}"),  // combining mark stays with its letter
        ("🇫🇷", 2, "🇫🇷"),  // two narrow indicators fill the two cells
        ("❤\u{FE0F}", 2, "❤\u{FE0F} "),  // 1 cell to wcwidth: pad so the next glyph stays put
        ("👨\u{200D}👩\u{200D}👧", 2, "👨"),  // 6 cells to wcwidth: keep what fits, drop the joiner
        ("\u{E000}", 1, "\u{FFFD}"),  // unprintable to curses: a replacement, not "<e000>"
        ("\u{E000}", 2, "\u{FFFD} "),
        ("中", 1, "\u{FFFD}"),  // a wide character in a one-cell glyph cannot overflow
        (" ", 1, " "),
    ])
    func cursesAdvancesExactlyTheGlyphsWidth(text: String, width: Int, expected: String) {
        let scalars = GlyphEncoder.scalars(for: Glyph(text: text, width: width), width: fakeWcwidth)
        #expect(String(String.UnicodeScalarView(scalars)) == expected)
        #expect(scalars.reduce(0) { $0 + max(0, fakeWcwidth($1)) } == width)
    }

    @Test func combiningMarksBeyondWhatCursesKeepsAreDropped() {
        let marks = String(repeating: "\u{301}", count: 6)
        let scalars = GlyphEncoder.scalars(for: Glyph(text: "e" + marks, width: 1), width: fakeWcwidth)
        #expect(scalars.count == 1 + GlyphEncoder.maxCombiningPerCharacter)
    }

    @Test func aLeadingCombiningMarkHasNothingToAttachToAndIsDropped() {
        let scalars = GlyphEncoder.scalars(for: Glyph(text: "\u{301}a", width: 1), width: fakeWcwidth)
        #expect(scalars == ["a"])
    }
}
