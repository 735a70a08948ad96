import BylineCore
import Foundation

/// A date written with the C library's strftime, in the reader's locale: month and weekday
/// names come from LC_TIME, as in `date +FORMAT`, without loading ICU.
public enum StrftimeFormat {
    public static func format(_ format: String, _ clock: WallClock, utcOffsetSeconds: Int) -> String {
        var fields = tm()
        fields.tm_year = Int32(clamping: clock.year - 1900)
        fields.tm_mon = Int32(clock.month - 1)
        fields.tm_mday = Int32(clock.day)
        fields.tm_hour = Int32(clock.hour)
        fields.tm_min = Int32(clock.minute)
        fields.tm_sec = Int32(clock.second)
        fields.tm_wday = Int32(clock.weekday)
        fields.tm_yday = Int32(clock.dayOfYear)
        fields.tm_isdst = -1
        fields.tm_gmtoff = utcOffsetSeconds
        // %Z wants a zone name the clock does not have; the offset stands in for it (and
        // strftime never reads a missing one).
        let own = replacingZoneNames(in: format, with: "UTC" + ArticleDate.offsetString(utcOffsetSeconds, separator: ":"))
        var buffer = [CChar](repeating: 0, count: 256)
        let count = own.withCString { strftime(&buffer, buffer.count, $0, &fields) }
        let bytes = buffer.prefix(count).map { UInt8(bitPattern: $0) }
        return Sanitizer.sanitize(String(decoding: bytes, as: UTF8.self))
    }

    /// `format` with each %Z conversion (not a `%%` followed by a Z) replaced by `zone`, its
    /// own % signs doubled.
    static func replacingZoneNames(in format: String, with zone: String) -> String {
        var result = ""
        var characters = format.makeIterator()
        while let character = characters.next() {
            guard character == "%" else {
                result.append(character)
                continue
            }
            guard let next = characters.next() else {
                result.append("%")
                break
            }
            result += next == "Z" ? zone.replacingOccurrences(of: "%", with: "%%") : "%" + String(next)
        }
        return result
    }
}
