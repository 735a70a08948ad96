import BylineCore
import Foundation

/// Dates as the reader sees them: in their own time zone, with the article's own offset added
/// when it differs (so "3 pm in Tokyo" stays visible).
public struct DateDisplay: Hashable, Sendable {
    /// Nil for the system's local time, which the C library answers: a named `TimeZone`
    /// (`.current`) answers through ICU, whose data cost 5 MB of resident memory for this.
    public var timeZone: TimeZone?
    /// The reader's own formats (strftime's, from the config file) for list rows and for the
    /// article's facts; nil for Byline's.
    public private(set) var listFormat: String?
    public private(set) var articleFormat: String?
    /// The widest list date the format makes, so the titles after it line up.
    public private(set) var listWidth = 12

    /// The system's local time, as `TZ` or /etc/localtime set it.
    public init(listFormat: String? = nil, articleFormat: String? = nil) {
        timeZone = nil
        setFormats(list: listFormat, article: articleFormat)
    }

    public init(timeZone: TimeZone, listFormat: String? = nil, articleFormat: String? = nil) {
        self.timeZone = timeZone
        setFormats(list: listFormat, article: articleFormat)
    }

    private mutating func setFormats(list: String?, article: String?) {
        listFormat = list
        articleFormat = article
        guard let list else { return }
        // Every month and weekday, at two-digit days and hours: the widest a row's date gets.
        let samples = (0..<14).map { WallClock(Date(timeIntervalSince1970: 1_798_000_000 + Double($0) * 2_505_600), utcOffsetSeconds: 0) }
        listWidth = samples.map { StrftimeFormat.format(list, $0, utcOffsetSeconds: 0).displayWidth }.max() ?? 12
    }

    /// Seconds east of UTC of the reader's clock at `instant`.
    func offset(at instant: Date) -> Int {
        if let timeZone { return timeZone.secondsFromGMT(for: instant) }
        var seconds = time_t(WallClock.clampedSeconds(instant))
        var fields = tm()
        guard localtime_r(&seconds, &fields) != nil else { return 0 }
        return Int(fields.tm_gmtoff)
    }

    func local(_ date: ArticleDate) -> WallClock {
        WallClock(date.instant, utcOffsetSeconds: offset(at: date.instant))
    }

    /// "Nov 27 15:15", always 12 cells, for list rows.
    public func short(_ date: ArticleDate) -> String {
        if let listFormat {
            let offset = offset(at: date.instant)
            let text = StrftimeFormat.format(listFormat, WallClock(date.instant, utcOffsetSeconds: offset), utcOffsetSeconds: offset)
            return TextWrapper.pad(TextWrapper.truncate(text, toWidth: listWidth), toWidth: listWidth)
        }
        let clock = local(date)
        let day = clock.day < 10 ? " \(clock.day)" : "\(clock.day)"
        return "\(clock.monthName) \(day) \(clock.time)"
    }

    /// "Fri 27 Nov 2026 15:15 (09:15 UTC-05:00 there)", or "... (estimated)" for file times.
    public func full(_ date: ArticleDate) -> String {
        let clock = local(date)
        var text = articleFormat.map { StrftimeFormat.format($0, clock, utcOffsetSeconds: offset(at: date.instant)) }
            ?? "\(clock.weekdayName) \(clock.day) \(clock.monthName) \(clock.year) \(clock.time)"
        if date.isEstimated {
            text += " (estimated from the file)"
        } else if date.utcOffsetSeconds != offset(at: date.instant) {
            let own = WallClock(date.instant, utcOffsetSeconds: date.utcOffsetSeconds)
            text += " (\(own.time) UTC\(ArticleDate.offsetString(date.utcOffsetSeconds, separator: ":")) there)"
        }
        return text
    }
}
