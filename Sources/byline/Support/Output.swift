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

    static func sectionName(_ section: String) -> String {
        section.isEmpty ? "." : Sanitizer.sanitize(section)
    }
}
