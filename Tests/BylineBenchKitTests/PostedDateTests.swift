@testable import BylineBenchKit
import Testing

@Suite struct PostedDateTests {
    @Test(arguments: [
        (PostedDate(epochSeconds: 1_307_135_400, utcOffsetSeconds: -18_000, zoneName: "UTC-5"),
         "Posted June 3rd, 2011 at 4:10 pm (UTC-5)"),
        (PostedDate(epochSeconds: 1_735_669_800, utcOffsetSeconds: 19_800, zoneName: "UTC+5:30"),
         "Posted January 1st, 2025 at 12:00 am (UTC+5:30)"),
        (PostedDate(epochSeconds: 1_735_669_800, utcOffsetSeconds: 0, zoneName: "GMT", abbreviatedMonth: true),
         "Posted Dec 31st, 2024 at 6:30 pm (GMT)"),
        (PostedDate(epochSeconds: 1_473_508_800, utcOffsetSeconds: 32_400, zoneName: "UTC+9", abbreviatedMonth: true),
         "Posted Sept 10th, 2016 at 9:00 pm (UTC+9)"),
    ])
    func linesReadAsTheFormatWritesThem(date: PostedDate, line: String) {
        #expect(date.line == line)
    }

    @Test(arguments: [
        (Int64(0), 1970, 1, 1), (16_860, 2016, 2, 29), (-1, 1969, 12, 31), (11_016, 2000, 2, 29),
    ])
    func daysBecomeCivilDates(days: Int64, year: Int, month: Int, day: Int) {
        #expect(PostedDate.civil(fromDays: days) == (year, month, day))
    }

    @Test(arguments: [(1, "st"), (2, "nd"), (3, "rd"), (4, "th"), (11, "th"), (12, "th"), (13, "th"), (21, "st"), (22, "nd"), (31, "st")])
    func ordinals(day: Int, suffix: String) {
        #expect(PostedDate.ordinal(day) == suffix)
    }
}
