@testable import BylineCore
import Testing

@Suite struct MessageHeadersTests {
    private func read(_ text: String) -> (fields: [String], body: String, blankLine: Bool) {
        let block = MessageHeaders.read(Array(text.utf8)[...])
        return (block.headers.fields.map { "\($0.name)=\($0.value)" }, String(decoding: block.body, as: UTF8.self), block.endsWithBlankLine)
    }

    @Test func unfoldsContinuationLinesKeepingTheirWhitespace() {
        let result = read("Subject: a long\r\n  subject\r\n\tline\r\nFrom: x@example.org\r\n\r\nBody\r\n")
        #expect(result.fields == ["Subject=a long  subject\tline", "From=x@example.org"])
        #expect(result.body == "Body\r\n")
        #expect(result.blankLine)
    }

    @Test func findsFieldsCaseInsensitively() {
        let headers = MessageHeaders.read(Array("SUBJECT: one\nsubject: two\n\n".utf8)[...]).headers
        #expect(headers["Subject"] == "one")
        #expect(headers["content-type"] == nil)
    }

    static let separations: [(text: String, fields: [String], body: String, blankLine: Bool)] = [
        ("A: 1\nB: 2\n\nbody", ["A=1", "B=2"], "body", true),
        ("A: 1\r\n\r\nbody", ["A=1"], "body", true),
        ("A: 1\n   \nbody", ["A=1"], "body", true),  // a blank-looking line of spaces
        ("A: 1\nB: 2\nthis line is not a field\nmore", ["A=1", "B=2"], "this line is not a field\nmore", false),
        ("A: 1\nB: 2\n", ["A=1", "B=2"], "", false),  // no blank line at all: no body
        ("A: 1\nB: 2", ["A=1", "B=2"], "", false),
        ("Subject : obsolete space\n\n", ["Subject=obsolete space"], "", true),
        ("Empty:\n\n", ["Empty="], "", true),
        (" leading continuation\n\nbody", [], " leading continuation\n\nbody", false),
        ("\nbody only", [], "body only", true),
        ("X-Raw: caf\u{E9}\n\n", ["X-Raw=café"], "", true),
    ]

    @Test(arguments: separations)
    func endsTheHeaderBlockAtABlankOrStrayLine(text: String, fields: [String], body: String, blankLine: Bool) {
        let result = read(text)
        #expect(result.fields == fields)
        #expect(result.body == body)
        #expect(result.blankLine == blankLine)
    }

    @Test func readsRaw8BitValuesAsWindows1252WhenNotUTF8() {
        let bytes = Array("Subject: caf".utf8) + [0xE9] + Array("\n\n".utf8)
        #expect(MessageHeaders.read(bytes[...]).headers["Subject"] == "café")
    }

    static let names: [(String, String?)] = [
        ("From: x", "From"),
        ("X-Mailer:x", "X-Mailer"),
        ("Subject\t: x", "Subject"),
        ("Breaking news: storm", nil),
        (": no name", nil),
        ("no colon", nil),
        ("Posted November 10th, 2026 at 6:42 am", nil),
    ]

    @Test(arguments: names)
    func recognisesFieldNames(line: String, name: String?) {
        #expect(MessageHeaders.fieldName(in: Array(line.utf8)[...])?.name == name)
    }
}
