import BylineCore
import Foundation

/// A date in the text form GRDB stores and reads back ("2026-11-30 17:26:17.272", UTC), made
/// without `DateFormatter`: the first one loads ICU's data, 3.5 MB of resident memory, which
/// a first scan and every mark paid for one formatted date.
enum DatabaseTimestamp {
    static func text(_ date: Date) -> String {
        let milliseconds = Int((date.timeIntervalSince1970 * 1_000).rounded(.down))
        let (seconds, millisecond) = floorDivide(milliseconds, 1_000)
        let clock = WallClock(Date(timeIntervalSince1970: Double(seconds)), utcOffsetSeconds: 0)
        return String(
            format: "%04d-%02d-%02d %02d:%02d:%02d.%03d",
            clock.year, clock.month, clock.day, clock.hour, clock.minute, clock.second, millisecond)
    }

    private static func floorDivide(_ value: Int, _ divisor: Int) -> (Int, Int) {
        let remainder = value % divisor
        return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
    }
}
