import Foundation

/// Calendar arithmetic without `Calendar`: parsing runs once per file of a large library, and
/// the proleptic Gregorian formulas are exact and allocation-free.
enum CivilTime {
    /// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }

    /// The years a date may name: a year of fourteen digits in a hostile header made the day
    /// arithmetic overflow (a fuzzer found it), and no article is dated outside these.
    static let years = 1...9999

    /// The instant of a wall-clock time written with the given offset east of UTC; nil for a
    /// year outside `years` or fields outside a day.
    static func instant(
        year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0, utcOffsetSeconds: Int
    ) -> Date? {
        guard years.contains(year), (1...12).contains(month), (1...31).contains(day), (0...24).contains(hour),
              (0...60).contains(minute), (0...61).contains(second), abs(utcOffsetSeconds) <= 86_400 else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - utcOffsetSeconds
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
