import BylineCore
import Testing

@Suite struct TextWrapperTests {
    @Test(arguments: [
        ("The quick brown fox jumps over the lazy dog", 10,
         ["The quick", "brown fox", "jumps over", "the lazy", "dog"]),
        ("alpha beta gamma", 11, ["alpha beta", "gamma"]),
        ("alpha beta", 10, ["alpha beta"]),
        ("  lots   of    spaces  ", 20, ["lots of spaces"]),
        ("supercalifragilistic is long", 8, ["supercal", "ifragili", "stic is", "long"]),
        ("東京は日本の首都です。", 6, ["東京は", "日本の", "首都で", "す。"]),
        ("東京は日本の首都です。", 4, ["東京", "は日", "本の", "首都", "で", "す。"]),
        ("「東京」へ", 4, ["「東", "京」", "へ"]),
        ("東京はTokyoです", 7, ["東京は", "Tokyoで", "す"]),
        ("価格は100円です", 6, ["価格は", "100円", "です"]),
        ("東京.大阪", 5, ["東京.", "大阪"]),
        ("見て(写真)です", 6, ["見て", "(写真)", "です"]),
        ("대한민국 서울특별시", 10, ["대한민국", "서울특별시"]),
        ("x가나다", 3, ["x가", "나", "다"]),
        ("a👍b👍", 2, ["a", "👍", "b", "👍"]),
        ("가", 1, ["…"]),
        ("10\u{A0}km away", 6, ["10\u{A0}km", "away"]),
        ("", 10, []),
        ("    ", 10, []),
        ("text", 0, []),
        ("text", -1, []),
    ])
    func wrapsToExpectedLines(paragraph: String, width: Int, expected: [String]) {
        #expect(TextWrapper.wrap(paragraph, width: width) == expected)
    }

    @Test func wrappedLinesFitAndKeepAllText() {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<30 {
            let paragraph = Self.randomParagraph(using: &generator)
            for width in 1...40 {
                let lines = TextWrapper.wrap(paragraph, width: width)
                for line in lines {
                    #expect(line.displayWidth <= width, "\(line.debugDescription) at \(width)")
                    #expect(!line.isEmpty && line.first != " " && line.last != " ")
                }
                // Below 2 cells wide characters can't be shown, so content is only kept from 2.
                if width >= 2 {
                    #expect(Self.withoutSpaces(lines.joined()) == Self.withoutSpaces(paragraph))
                }
            }
        }
    }

    @Test func wordsThatFitAreNeverSplit() {
        let words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
        let paragraph = Array(repeating: words, count: 5).flatMap { $0 }.joined(separator: " ")
        for width in 7...40 {
            let wrappedWords = TextWrapper.wrap(paragraph, width: width)
                .flatMap { $0.split(separator: " ").map(String.init) }
            #expect(wrappedWords == paragraph.split(separator: " ").map(String.init))
        }
    }

    private static let pieces = [
        "The", "quick", "supercalifragilisticexpialidocious", "東京", "タワー", "日本語のテキストです。",
        "👍", "👨‍👩‍👧", "🇯🇵", "서울특별시", "e\u{301}", "「引用」", "Tokyo", "x",
    ]

    private static func randomParagraph(using generator: inout SeededGenerator) -> String {
        var paragraph = ""
        for _ in 0..<Int.random(in: 1...25, using: &generator) {
            paragraph += pieces.randomElement(using: &generator) ?? ""
            paragraph += String(repeating: " ", count: Int.random(in: 0...2, using: &generator))
        }
        return paragraph
    }

    private static func withoutSpaces(_ s: String) -> String {
        String(s.filter { $0 != " " })
    }
}
