import BylineCore
import Foundation

/// Dates as the reader sees them: in their own time zone, with the article's own offset added
/// when it differs (so "3 pm in Tokyo" stays visible).
public struct DateDisplay: Hashable, Sendable {
    public var timeZone: TimeZone

    public init(timeZone: TimeZone = .current) {
        self.timeZone = timeZone
    }

    func local(_ date: ArticleDate) -> WallClock {
        WallClock(date.instant, utcOffsetSeconds: timeZone.secondsFromGMT(for: date.instant))
    }

    /// "Nov 27 15:15", always 12 cells, for list rows.
    public func short(_ date: ArticleDate) -> String {
        let clock = local(date)
        let day = clock.day < 10 ? " \(clock.day)" : "\(clock.day)"
        return "\(clock.monthName) \(day) \(clock.time)"
    }

    /// "Fri 27 Nov 2026 15:15 (09:15 UTC-05:00 there)", or "... (estimated)" for file times.
    public func full(_ date: ArticleDate) -> String {
        let clock = local(date)
        var text = "\(clock.weekdayName) \(clock.day) \(clock.monthName) \(clock.year) \(clock.time)"
        if date.isEstimated {
            text += " (estimated from the file)"
        } else if date.utcOffsetSeconds != timeZone.secondsFromGMT(for: date.instant) {
            let own = WallClock(date.instant, utcOffsetSeconds: date.utcOffsetSeconds)
            text += " (\(own.time) UTC\(ArticleDate.offsetString(date.utcOffsetSeconds, separator: ":")) there)"
        }
        return text
    }
}
