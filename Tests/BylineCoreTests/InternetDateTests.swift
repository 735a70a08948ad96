import BylineCore
import Testing

@Suite struct InternetDateTests {
    static let cases: [(String, String?)] = [
        ("Tue, 03 Jun 2008 11:05:30 GMT", "2008-06-03T11:05:30+00:00"),
        ("Tue, 3 Jun 2008 11:05:30 +0200", "2008-06-03T11:05:30+02:00"),
        ("3 Jun 2008 11:05 -0500", "2008-06-03T11:05:00-05:00"),
        ("Tue, 03 Jun 08 11:05:30 PDT", "2008-06-03T11:05:30-07:00"),
        ("Sat, 28 Nov 2026 07:58:00 EST (Eastern)", "2026-11-28T07:58:00-05:00"),
        ("Mon, 2 Nov 2026 09:00:00", "2026-11-02T09:00:00+00:00"),
        ("Mon, 2 Nov 2026 09:00:00 Z", "2026-11-02T09:00:00+00:00"),
        ("Monday, Nov 2 2026 09:00:00 +0530", "2026-11-02T09:00:00+05:30"),
        ("2008-06-03T11:05:30Z", "2008-06-03T11:05:30+00:00"),
        ("2008-06-03T11:05:30.123+02:00", "2008-06-03T11:05:30+02:00"),
        ("2008-06-03T11:05:30-0330", "2008-06-03T11:05:30-03:30"),
        ("2008-06-03 11:05", "2008-06-03T11:05:00+00:00"),
        ("2008-06-03", "2008-06-03T00:00:00+00:00"),
        // Zone names feeds from outside the US use, and a day without a time.
        ("Thu, 26 Nov 2026 09:00:00 AEDT", "2026-11-26T09:00:00+11:00"),
        ("Thu, 26 Nov 2026 09:00:00 ACST", "2026-11-26T09:00:00+09:30"),
        ("Thu, 26 Nov 2026 09:00:00 CEST", "2026-11-26T09:00:00+02:00"),
        ("Thu, 26 Nov 2026 09:00:00 IST", "2026-11-26T09:00:00+05:30"),
        ("Thu, 26 Nov 2026 09:00:00 HST", "2026-11-26T09:00:00-10:00"),
        ("Thu, 26 Nov 2026 09:00:00 NZDT", "2026-11-26T09:00:00+13:00"),
        ("Thu, 26 Nov 2026 09:00:00 +00:00", "2026-11-26T09:00:00+00:00"),
        ("Tue, 03 Jun 2008", "2008-06-03T00:00:00+00:00"),
        ("Jun 3 2008", "2008-06-03T00:00:00+00:00"),
        // RFC 850, as old feed generators write it.
        ("Monday, 16-Nov-26 11:30:00 IST", "2026-11-16T11:30:00+05:30"),
        ("Sunday, 06-Nov-94 08:49:37 GMT", "1994-11-06T08:49:37+00:00"),
        ("06-Nov-1994 08:49 -0100", "1994-11-06T08:49:00-01:00"),
        ("Sunday, 06-Xyz-94 08:49:37 GMT", nil),
        ("Tue, 03 Jun", nil),
        ("Thu, 26 Nov 2026 09:00:00 XYZT", nil),
        ("2008-02-30T11:05:30Z", nil),
        ("Tue, 3 Jun 2008 25:05:30 GMT", nil),
        ("yesterday", nil),
        ("", nil),
    ]

    @Test(arguments: cases)
    func readsInstantAndOffset(text: String, expected: String?) {
        #expect(InternetDate.parse(text)?.iso8601 == expected)
    }
}

/// Found by fuzzing: a year of many digits made the day arithmetic overflow and trap.
@Suite struct HugeYearTests {
    @Test(arguments: ["Tue, 3 Jun 66466666663333 16:10:00 -0500", "3 Jun 992000000001969929 10:00 +0000", "9999999999-01-01T00:00:00Z"])
    func aYearNoArticleHasIsNoDate(text: String) {
        #expect(InternetDate.parse(text) == nil)
    }

    @Test func theYearsAroundAreStillDates() {
        #expect(InternetDate.parse("Fri, 3 Jun 2011 16:10:00 -0500") != nil)
        #expect(InternetDate.parse("Fri, 31 Dec 9999 23:59:59 +0000") != nil)
        #expect(DateLineParser.parse("Posted June 3rd, 99999999999999 at 4:10 pm (UTC-5)") == nil)
    }
}
