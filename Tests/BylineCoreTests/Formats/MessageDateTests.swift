import BylineCore
import Testing

/// Date header forms seen in mail and news, read through InternetDate as the parser does.
@Suite struct MessageDateTests {
    static let cases: [(String, String?)] = [
        ("Tue, 3 Jun 2008 11:05:30 +0200 (CEST)", "2008-06-03T11:05:30+02:00"),
        ("Tue,  3 Jun 2008 11:05:30 -0000", "2008-06-03T11:05:30+00:00"),
        ("Tue, 03 Jun 2008 11:05:30 +0000 (Coordinated Universal Time)", "2008-06-03T11:05:30+00:00"),
        ("3 Jun 2008 11:05:30 GMT", "2008-06-03T11:05:30+00:00"),
        ("Tue, 3 Jun 2008 11:05 EDT", "2008-06-03T11:05:00-04:00"),
        ("Tue, 3 Jun 08 11:05:30 +0200", "2008-06-03T11:05:30+02:00"),
        ("Tue, 3 Jun 2008 11:05:30 UT", "2008-06-03T11:05:30+00:00"),
        ("TUE, 3 JUN 2008 11:05:30 +0200", "2008-06-03T11:05:30+02:00"),
        ("Tue, 3 Jun 2008 11:05:30 +02:00", "2008-06-03T11:05:30+02:00"),
        ("Tue,\r\n 3 Jun 2008 11:05:30 +0200", "2008-06-03T11:05:30+02:00"),
        // asctime(), in old news and from some scripts, with and without a zone
        ("Tue Jun  3 11:05:30 2008", "2008-06-03T11:05:30+00:00"),
        ("Tue Jun 3 11:05:30 EDT 2008", "2008-06-03T11:05:30-04:00"),
        ("Tue, 3 Jun 2008 11:05:30.25 +0200", "2008-06-03T11:05:30+02:00"),
        ("not a date", nil),
        ("Tue, 31 Jun 2008 11:05:30 +0200", nil),
    ]

    @Test(arguments: cases)
    func readsMailDates(header: String, expected: String?) {
        #expect(InternetDate.parse(header)?.iso8601 == expected)
    }
}
