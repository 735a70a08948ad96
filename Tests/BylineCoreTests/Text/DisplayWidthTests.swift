import BylineCore
import Testing

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("", 0),
        ("hello", 5),
        ("Hello, world!", 13),
        ("caf\u{E9}", 4),
        ("cafe\u{301}", 4),
        ("東京", 4),
        ("서울", 4),
        ("한국어", 6),
        ("\u{1100}\u{1161}\u{11A8}", 2),  // conjoining Jamo for 각
        ("ｈｅｌｌｏ", 10),
        ("Ａ", 2),
        ("ｱｲｳ", 3),  // halfwidth katakana
        ("、。", 4),
        ("👍", 2),
        ("👍🏽", 2),
        ("👨‍👩‍👧", 2),
        ("🏳️‍🌈", 2),
        ("🇯🇵", 2),
        ("🇯🇵🇫🇷", 4),
        ("🇯", 1),
        ("❤️", 2),
        ("❤", 1),
        ("1️⃣", 2),
        ("a\u{FE0F}", 1),
        ("\u{301}", 0),
        ("\u{301}\u{308}", 0),
        ("\u{200B}", 0),
        ("\u{AD}", 0),
        ("a\u{0}b\t", 2),
        ("🌡", 1),  // text-style emoji in the emoji block
        ("東京 Tower 👍", 13),
    ])
    func widthOfString(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
        #expect(text.displayWidth == expected)
        #expect(text.reduce(0) { $0 + DisplayWidth.of($1) } == expected)
    }

    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("東", 2), ("👨‍👩‍👧", 2), ("\u{301}", 0), ("\r\n", 0), ("\t", 0),
    ])
    func widthOfCharacter(text: String, expected: Int) throws {
        let character = try #require(text.count == 1 ? text.first : nil)
        #expect(DisplayWidth.of(character) == expected)
    }

    @Test func substringsAreMeasuredToo() {
        let title = "ab東京cd"
        #expect(title.dropFirst(2).prefix(2).displayWidth == 4)
        #expect(DisplayWidth.of(title.dropLast(2)) == 6)
    }
}
