@testable import BylineCore
import Testing

@Suite struct MailboxNameTests {
    static let cases: [(String, String?)] = [
        ("Jane Doe <jane@example.org>", "Jane Doe"),
        ("\"Doe, Jane\" <jane@example.org>", "Doe, Jane"),
        ("\"Jane \\\"JD\\\" Doe\" <jane@example.org>", "Jane \"JD\" Doe"),
        ("<jane@example.org>", "jane@example.org"),
        ("jane@example.org", "jane@example.org"),
        ("jane@example.org (Jane Doe)", "Jane Doe"),
        ("=?utf-8?Q?Jos=C3=A9?= Garc\u{ED}a <jose@example.org>", "José García"),
        ("\"=?iso-8859-1?Q?Ren=E9e?=\" <renee@example.org>", "Renée"),
        ("=?utf-8?B?PEFkbWluPg==?= <admin@example.org>", "<Admin>"),
        ("Jane <jane@example.org>, Bob <bob@example.org>", "Jane"),
        ("  Jane\t Doe   <jane@example.org>", "Jane Doe"),
        ("\"\" <jane@example.org>", "jane@example.org"),
        ("", nil),
        ("<>", nil),
    ]

    @Test(arguments: cases)
    func namesTheSender(header: String, author: String?) {
        var warnings: [String] = []
        #expect(MailboxName.author(fromHeader: header, warnings: &warnings) == author)
    }
}
