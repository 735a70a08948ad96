import Foundation

/// When an article was published: an exact instant plus the UTC offset it was written with,
/// so lists sort by instant while display and JSON keep the author's own wall-clock time.
public struct ArticleDate: Hashable, Sendable, Comparable {
    public var instant: Date
    /// Seconds east of UTC, as written in the article ("UTC-5" is -18000).
    public var utcOffsetSeconds: Int
    /// True when the article had no date line and the file's modification time stands in.
    public var isEstimated: Bool

    public init(instant: Date, utcOffsetSeconds: Int, isEstimated: Bool = false) {
        self.instant = instant
        self.utcOffsetSeconds = utcOffsetSeconds
        self.isEstimated = isEstimated
    }

    public static func < (lhs: ArticleDate, rhs: ArticleDate) -> Bool {
        lhs.instant < rhs.instant
    }

    /// ISO 8601 with the article's own offset: "2011-06-03T16:10:00-05:00". Through
    /// `WallClock`, not `Calendar`, which loads ICU's data: 5 MB of resident memory.
    public var iso8601: String {
        let c = WallClock(instant, utcOffsetSeconds: utcOffsetSeconds)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d", c.year, c.month, c.day, c.hour, c.minute, c.second)
            + Self.offsetString(utcOffsetSeconds, separator: ":")
    }

    /// "+05:30", "-05:00", "+00:00" (with separator ":"), or "-0500" without.
    public static func offsetString(_ seconds: Int, separator: String) -> String {
        let sign = seconds < 0 ? "-" : "+"
        // `magnitude`, not `abs`: an offset read from a damaged index may be Int.min.
        let minutes = seconds.magnitude / 60
        func twoDigits(_ value: UInt) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return sign + twoDigits(minutes / 60) + separator + twoDigits(minutes % 60)
    }
}
