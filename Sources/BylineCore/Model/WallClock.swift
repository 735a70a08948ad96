import Foundation

/// The calendar fields of an instant as seen at a UTC offset, computed without `Calendar` or
/// `DateFormatter` (both too slow to call for every row of every frame).
public struct WallClock: Hashable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// 0 is Sunday.
    public var weekday: Int

    public init(_ instant: Date, utcOffsetSeconds: Int) {
        let seconds = Self.clampedSeconds(instant) + max(-Self.limit, min(Self.limit, utcOffsetSeconds))
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let secondOfDay = seconds - days * 86_400
        (year, month, day) = CivilTime.civilFromDays(days)
        hour = secondOfDay / 3_600
        minute = secondOfDay % 3_600 / 60
        second = secondOfDay % 60
        weekday = ((days % 7) + 11) % 7  // 1970-01-01 was a Thursday
    }

    /// Seconds since 1970, within 300,000 years either way: a date from a hostile file may be
    /// any number, and whole seconds beyond `Int` would trap.
    public static func clampedSeconds(_ instant: Date) -> Int {
        let seconds = instant.timeIntervalSince1970.rounded(.down)
        return seconds.isNaN ? 0 : Int(max(-Double(limit), min(Double(limit), seconds)))
    }

    static let limit = 10_000_000_000_000

    public static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    public static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    public var monthName: String { Self.monthNames[month - 1] }
    /// Days since January 1 of the year, 0-based (strftime's %j less one).
    public var dayOfYear: Int {
        CivilTime.daysFromCivil(year: year, month: month, day: day) - CivilTime.daysFromCivil(year: year, month: 1, day: 1)
    }
    public var weekdayName: String { Self.weekdayNames[weekday] }
    /// "09:05"
    public var time: String { Self.twoDigits(hour) + ":" + Self.twoDigits(minute) }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

extension CivilTime {
    /// The inverse of `daysFromCivil` (Howard Hinnant's algorithm).
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
