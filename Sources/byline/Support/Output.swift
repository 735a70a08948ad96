import BylineCore
import Foundation

/// Writing results: JSON for programs, sanitized text for terminals.
enum Output {
    static func printJSON(_ value: some Encodable) throws {
        print(try json(value))
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// "2026-11-27 09:15" in the reader's time zone; "~" marks a date taken from the file's time.
    static func listDate(_ date: ArticleDate) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date.instant) + (date.isEstimated ? "~" : " ")
    }

    /// "Fri, 27 Nov 2026 09:15 -0500", in the article's own offset.
    static func fullDate(_ date: ArticleDate) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: date.utcOffsetSeconds)
        formatter.dateFormat = "EEE, d MMM yyyy HH:mm Z"
        let text = formatter.string(from: date.instant)
        return date.isEstimated ? text + " (estimated from the file's time)" : text
    }

    /// "840 bytes", "96.3 KB", "1.2 MB": units of 1,000, as the benchmark's table has them.
    static func byteCount(_ bytes: Int64) -> String {
        let units = ["KB", "MB", "GB", "TB"]
        guard bytes >= 1_000 else { return "\(bytes) bytes" }
        var value = Double(bytes) / 1_000
        var unit = 0
        // Past 999.95 "%.1f" rounds up to "1000.0": the next unit reads better.
        while value >= 999.95, unit < units.count - 1 {
            value /= 1_000
            unit += 1
        }
        return String(format: "%.1f", value) + " " + units[unit]
    }

    static func sectionName(_ section: String) -> String {
        section.isEmpty ? "." : Sanitizer.sanitize(section)
    }
}
