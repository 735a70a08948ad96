@testable import BylineCore
import Testing

@Suite struct HeaderParametersTests {
    static let cases: [(text: String, value: String, parameters: [String: String])] = [
        ("text/plain", "text/plain", [:]),
        ("Text/HTML; Charset=UTF-8", "text/html", ["charset": "UTF-8"]),
        ("text/plain; charset=\"iso-8859-1\"; format=flowed", "text/plain", ["charset": "iso-8859-1", "format": "flowed"]),
        ("multipart/mixed;\r\n boundary=\"----=_Part_12_345.678\"", "multipart/mixed", ["boundary": "----=_Part_12_345.678"]),
        ("multipart/mixed; boundary=----=_NextPart_000", "multipart/mixed", ["boundary": "----=_NextPart_000"]),
        ("attachment; filename=\"a;b \\\"c\\\".pdf\"", "attachment", ["filename": "a;b \"c\".pdf"]),
        ("text/plain (body text); charset=utf-8", "text/plain", ["charset": "utf-8"]),
        ("attachment; filename*=utf-8''r%C3%A9sum%C3%A9.pdf", "attachment", ["filename": "résumé.pdf"]),
        ("attachment; filename*=iso-8859-1'fr'caf%E9.txt", "attachment", ["filename": "café.txt"]),
        ("attachment; filename*0=\"long\"; filename*1=\"name.txt\"", "attachment", ["filename": "longname.txt"]),
        ("attachment; filename*0*=utf-8''%C3%A9t%C3%A9; filename*1=\".pdf\"", "attachment", ["filename": "été.pdf"]),
        ("attachment; filename=\"plain.pdf\"; filename*=utf-8''fancy.pdf", "attachment", ["filename": "fancy.pdf"]),
        ("text/plain; charset=\"unterminated", "text/plain", ["charset": "unterminated"]),
        ("text/plain; ; =x; novalue", "text/plain", [:]),
        ("", "", [:]),
    ]

    @Test(arguments: cases)
    func parsesValueAndParameters(text: String, value: String, parameters: [String: String]) {
        let parsed = HeaderParameters(parsing: text)
        #expect(parsed.value == value)
        #expect(parsed.parameters == parameters)
    }
}
