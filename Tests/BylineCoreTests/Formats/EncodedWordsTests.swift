@testable import BylineCore
import Testing

@Suite struct EncodedWordsTests {
    static let cases: [(String, String)] = [
        ("plain subject", "plain subject"),
        ("=?utf-8?B?Q2Fmw6k=?=", "Café"),
        ("=?UTF-8?b?Q2Fmw6k?=", "Café"),  // lowercase b, no padding
        ("=?iso-8859-1?Q?Ren=E9e_Dubois?=", "Renée Dubois"),
        ("=?ISO-8859-1?q?caf=e9?=", "café"),
        ("Re: =?utf-8?Q?caf=C3=A9?= news", "Re: café news"),
        ("=?utf-8?Q?a?= =?utf-8?Q?b?=", "ab"),  // whitespace between words is dropped
        ("=?utf-8?Q?a?=\r\n =?utf-8?Q?b?=", "ab"),
        ("=?utf-8?Q?a?=  \t=?iso-8859-1?Q?=E9?=", "aé"),  // across charsets too
        ("=?utf-8?Q?a?= b =?utf-8?Q?c?=", "a b c"),  // other text keeps its spaces
        ("=?UTF-8?B?56iu5Q==?= =?UTF-8?B?rZDls7Y=?=", "種子島"),  // a character split across words
        ("=?utf-8*en?Q?language?=", "language"),  // RFC 2231 language suffix
        ("=?utf-8?X?unknown?=", "=?utf-8?X?unknown?="),
        ("=?utf-8?Q?has space?=", "=?utf-8?Q?has space?="),
        ("=?utf-8?Q?unterminated", "=?utf-8?Q?unterminated"),
        ("a =? b ?= c", "a =? b ?= c"),
        ("=?", "=?"),
        ("x=?utf-8?Q?glued?=y", "xgluedy"),
        ("=?utf-8?Q??=", ""),
        ("naïve =?utf-8?Q?caf=C3=A9?=", "naïve café"),
    ]

    @Test(arguments: cases)
    func decodes(encoded: String, expected: String) {
        var warnings: [String] = []
        #expect(EncodedWords.decode(encoded, warnings: &warnings) == expected)
        #expect(warnings.isEmpty)
    }

    @Test func anUnknownCharsetIsReadAsWindows1252WithAWarning() {
        var warnings: [String] = []
        #expect(EncodedWords.decode("=?koi8-r?B?8NLJ18XU?=", warnings: &warnings) == "ðÒÉ×ÅÔ")
        #expect(warnings == ["charset koi8-r decoded as Windows-1252"])
    }
}
