import BylineCore
import Testing

@Suite struct TruncateAndPadTests {
    @Test(arguments: [
        ("東京タワー", 5, "東京…"),
        ("東京タワー", 6, "東京…"),  // タ would straddle the last cell
        ("東京タワー", 9, "東京タワ…"),
        ("東京タワー", 10, "東京タワー"),
        ("東京", 4, "東京"),
        ("Hello, world", 5, "Hell…"),
        ("Hello", 5, "Hello"),
        ("Hello", 10, "Hello"),
        ("Hello", 1, "…"),
        ("Hello", 0, ""),
        ("Hello", -3, ""),
        ("👍👍👍", 4, "👍…"),
        ("👨‍👩‍👧👨‍👩‍👧", 3, "👨‍👩‍👧…"),
        ("🇯🇵🇫🇷🇩🇪", 5, "🇯🇵🇫🇷…"),
        ("cafe\u{301} au lait", 5, "cafe\u{301}…"),
    ])
    func truncatesAtTheRightCell(text: String, width: Int, expected: String) {
        let result = TextWrapper.truncate(text, toWidth: width)
        #expect(Array(result.unicodeScalars) == Array(expected.unicodeScalars))
        #expect(result.displayWidth <= max(0, width))
    }

    @Test(arguments: [
        ("Hello, world", 8, "...", "Hello..."),
        ("Hello, world", 2, "...", ".."),
        ("Hello, world", 5, "", "Hello"),
        ("東京タワー", 7, "→", "東京タ→"),
    ])
    func truncatesWithCustomEllipsis(text: String, width: Int, ellipsis: String, expected: String) {
        #expect(TextWrapper.truncate(text, toWidth: width, ellipsis: ellipsis) == expected)
    }

    @Test(arguments: [
        ("ab", 5, "ab   "),
        ("東京", 5, "東京 "),
        ("東京タワー", 5, "東京…"),
        ("東京タワー", 6, "東京… "),
        ("", 3, "   "),
        ("abc", 3, "abc"),
        ("abc", 0, ""),
    ])
    func padsToExactWidth(text: String, width: Int, expected: String) {
        #expect(TextWrapper.pad(text, toWidth: width) == expected)
    }

    @Test func truncateAndPadHoldTheirWidthForAnyText() {
        let samples = ["", "a", "Hello, world", "東京タワー", "👨‍👩‍👧 family", "ｈｅｌｌｏ", "x가나다", "e\u{301}e\u{301}"]
        for text in samples {
            for width in 0...16 {
                #expect(TextWrapper.truncate(text, toWidth: width).displayWidth <= width)
                #expect(TextWrapper.pad(text, toWidth: width).displayWidth == width)
            }
        }
    }
}
