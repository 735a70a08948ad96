@testable import BylineCore
import Testing

@Suite struct QuotedPrintableTests {
    static let bodyCases: [(String, String)] = [
        ("plain text", "plain text"),
        ("caf=C3=A9", "café"),
        ("lower=c3=a9case", "lowerécase"),
        ("soft =\r\nbreak", "soft break"),
        ("soft =\nbreak with LF", "soft break with LF"),
        ("blanks after the soft break = \t\r\nare a gateway's", "blanks after the soft break are a gateway's"),
        ("hard\r\nbreak", "hard\r\nbreak"),
        ("=3D is an equals sign", "= is an equals sign"),
        ("bad =ZZ escape stays", "bad =ZZ escape stays"),
        ("trailing =", "trailing "),
        ("cut =4", "cut =4"),
        ("under_score", "under_score"),
    ]

    @Test(arguments: bodyCases)
    func decodesBodies(encoded: String, expected: String) {
        let decoded = QuotedPrintable.decode(Array(encoded.utf8)[...])
        #expect(String(decoding: decoded, as: UTF8.self) == expected)
    }

    @Test func headerUnderscoresAreSpaces() {
        let decoded = QuotedPrintable.decode(Array("Ren=E9e_Dubois".utf8)[...], underscoreIsSpace: true)
        #expect(decoded == Array("Ren".utf8) + [0xE9] + Array("e Dubois".utf8))
    }
}
