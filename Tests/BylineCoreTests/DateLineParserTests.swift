import BylineCore
import Testing

@Suite struct DateLineParserTests {
    /// (line, expected ISO 8601 in the article's own offset)
    static let accepted: [(String, String)] = [
        ("Posted June 3rd, 2011 at 4:10 pm (UTC-5)", "2011-06-03T16:10:00-05:00"),
        ("Posted June 3, 2011 at 4:10 pm (UTC-5)", "2011-06-03T16:10:00-05:00"),
        ("Posted Jun 3rd, 2011 at 4:10 pm (UTC-5)", "2011-06-03T16:10:00-05:00"),
        ("Posted Sept 1st, 2011 at 9:05 am (UTC+1)", "2011-09-01T09:05:00+01:00"),
        ("Posted January 1st, 2012 at 12:00 am (UTC)", "2012-01-01T00:00:00+00:00"),
        ("Posted January 1st, 2012 at 12:30 pm (GMT)", "2012-01-01T12:30:00+00:00"),
        ("Posted March 22nd, 2013 at 11:59 PM (UTC+5:30)", "2013-03-22T23:59:00+05:30"),
        ("Posted March 22nd, 2013 at 11:59 PM (UTC+0530)", "2013-03-22T23:59:00+05:30"),
        ("Posted March 22nd, 2013 at 7:00 AM (UTC-3:30)", "2013-03-22T07:00:00-03:30"),
        ("  Posted   November  14th ,  2026   at  8:02   pm  ( UTC -8 )  ", "2026-11-14T20:02:00-08:00"),
        ("POSTED NOVEMBER 14TH, 2026 AT 8:02 PM (UTC+9)", "2026-11-14T20:02:00+09:00"),
        ("Posted February 29th, 2024 at 1:00 pm (UTC+14)", "2024-02-29T13:00:00+14:00"),
        ("Posted on June 3rd, 2011 at 4:10 p.m. (UTC-5)", "2011-06-03T16:10:00-05:00"),
        ("Posted June 3rd, 11 at 4:10 pm (UTC-5)", "2011-06-03T16:10:00-05:00"),
        ("Posted June 3rd, 2011 at 4:10 pm (UTC\u{2212}5)", "2011-06-03T16:10:00-05:00"),
    ]

    @Test(arguments: accepted)
    func readsTheInstantAndItsOffset(line: String, expected: String) throws {
        let date = try #require(DateLineParser.parse(line))
        #expect(date.iso8601 == expected)
        #expect(!date.isEstimated)
    }

    @Test func sortsByInstantNotByWallClock() throws {
        // 4:10 pm in New York is later than 9:00 pm in London on the same day.
        let newYork = try #require(DateLineParser.parse("Posted June 3rd, 2011 at 4:10 pm (UTC-5)"))
        let london = try #require(DateLineParser.parse("Posted June 3rd, 2011 at 9:00 pm (UTC)"))
        #expect(newYork.instant.timeIntervalSince1970 == 1_307_135_400)
        #expect(london < newYork)
    }

    static let rejected = [
        "June 3rd, 2011 at 4:10 pm (UTC-5)",
        "Posted Juno 3rd, 2011 at 4:10 pm (UTC-5)",
        "Posted February 30th, 2011 at 4:10 pm (UTC-5)",
        "Posted June 3rd, 2011 at 13:10 pm (UTC-5)",
        "Posted June 3rd, 2011 at 4:61 pm (UTC-5)",
        "Posted June 3rd, 2011 at 4:10 (UTC-5)",
        "Posted June 3rd, 2011 at 4:10 pm (EST)",
        "Posted June 3rd, 2011 at 4:10 pm (UTC+15)",
        "Posted June 3rd, 2011 at 4:10 pm",
        "Posted June 3rd, 2011 at 4:10 pm (UTC-5) and more",
        "Posted June 3xx, 2011 at 4:10 pm (UTC-5)",
        "Posted by the editor",
        "",
    ]

    @Test(arguments: rejected)
    func rejectsLinesThatAreNotDateLines(line: String) {
        #expect(DateLineParser.parse(line) == nil)
    }
}
