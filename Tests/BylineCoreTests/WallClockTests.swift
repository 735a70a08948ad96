import BylineCore
import Foundation
import Testing

/// `WallClock` stands in for `Calendar` in lists and ISO 8601 texts: it must agree with it on
/// every field, for any instant since the Gregorian calendar and any offset.
@Suite struct WallClockTests {
    @Test func agreesWithCalendar() throws {
        var random = SystemRandomNumberGenerator()
        let offsets = [0, -18_000, 19_800, 45_900, -36_000, 50_400, -1]
        for _ in 0..<2_000 {
            // From 1600 to 2400.
            let seconds = Double(Int.random(in: -11_676_096_000...13_569_465_600, using: &random))
            let offset = offsets.randomElement(using: &random) ?? 0
            let instant = Date(timeIntervalSince1970: seconds)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = try #require(TimeZone(secondsFromGMT: offset))
            let expected = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: instant)
            let clock = WallClock(instant, utcOffsetSeconds: offset)
            #expect(
                [clock.year, clock.month, clock.day, clock.hour, clock.minute, clock.second, clock.weekday + 1]
                    == [expected.year, expected.month, expected.day, expected.hour, expected.minute, expected.second, expected.weekday],
                "\(seconds) at \(offset)")
        }
    }

    @Test func iso8601IsTheArticlesOwnWallClock() {
        let date = ArticleDate(instant: Date(timeIntervalSince1970: 1_307_135_400), utcOffsetSeconds: -18_000)
        #expect(date.iso8601 == "2011-06-03T16:10:00-05:00")
    }
}

extension WallClockTests {
    @Test(arguments: [1e300, -1e300, Double.nan, Double.infinity, 9.3e18])
    func anyInstantGivesSomeClock(seconds: Double) {
        let clock = WallClock(Date(timeIntervalSince1970: seconds), utcOffsetSeconds: Int.max)
        #expect((1...12).contains(clock.month) && (1...31).contains(clock.day))
    }
}
