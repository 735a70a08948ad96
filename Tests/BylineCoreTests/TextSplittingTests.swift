@testable import BylineCore
import Testing

/// The byte-level line splitter and the word counter that every file goes through.
@Suite struct TextSplittingTests {
    @Test(arguments: [
        ("a\nb", ["a", "b"]),
        ("a\r\nb\r\n", ["a", "b", ""]),
        ("a\rb\r\rc", ["a", "b", "", "c"]),
        ("\n\n", ["", "", ""]),
        ("", [""]),
        ("é\u{301}\r\nñ\n東京", ["é\u{301}", "ñ", "東京"]),
        ("mixed\r\n\rend", ["mixed", "", "end"]),
    ])
    func splitsOnEveryLineEnding(text: String, lines: [String]) {
        #expect(PlainTextParser.splitLines(text).map(String.init) == lines)
    }

    @Test(arguments: [
        ("one two  three\tfour\nfive", 5),
        ("a night market — for the first time — until eleven", 9),
        ("東京.", 2),
        ("東京の新幹線 is fast", 8),
        ("$4 for foot passengers, $11 for cars.", 7),
        ("Aurélie Moreau, 1,200 résidents", 4),
        ("— … ¡ ¿", 0),
        ("¿Qué tal? «Très bien»", 4),
        ("", 0),
    ])
    func countsWordsNotPunctuation(text: String, words: Int) {
        #expect(WordCounter.count(in: text) == words)
    }
}
