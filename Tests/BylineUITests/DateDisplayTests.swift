import BylineCore
@testable import BylineUI
import Foundation
import Testing

/// The reader's own clock comes from the C library, not from `TimeZone.current`: the two
/// must agree.
@Suite struct DateDisplayTests {
    @Test func theSystemClockIsTheCurrentTimeZone() {
        let system = DateDisplay()
        for seconds in stride(from: -2_000_000_000.0, through: 4_000_000_000, by: 86_400 * 97.3) {
            let instant = Date(timeIntervalSince1970: seconds)
            #expect(system.offset(at: instant) == TimeZone.current.secondsFromGMT(for: instant), "\(instant)")
        }
    }

    @Test func aHostileDateStillShows() {
        let date = ArticleDate(instant: Date(timeIntervalSince1970: 1e300), utcOffsetSeconds: Int.min)
        #expect(DateDisplay().short(date).count == 12)
        #expect(!DateDisplay(timeZone: .gmt).full(date).isEmpty)
    }
}
