import BylineCore
import Foundation

/// Library entries made up for interface tests, without files.
public enum Stories {
    /// An entry dated `day` days and `hour` hours after 2026-11-01 00:00 UTC.
    public static func entry(
        _ id: String, _ title: String, section: String = "", day: Int, hour: Int = 12, read: Bool = false,
        words: Int = 300, utcOffsetHours: Int = 0
    ) -> LibraryEntry {
        let instant = Date(timeIntervalSince1970: 1_793_491_200 + Double(day * 86_400 + hour * 3_600))
        let path = (section.isEmpty ? "" : section + "/") + id + ".txt"
        let file = LibraryFile(
            path: path, section: section, systemPath: Array("/nonexistent/\(path)".utf8), size: 100,
            modificationTimeNanoseconds: 0, device: 0, inode: 0)
        let summary = ArticleSummary(
            file: file, contentHash: id, title: title,
            date: ArticleDate(instant: instant, utcOffsetSeconds: utcOffsetHours * 3_600), format: .text, words: words)
        return LibraryEntry(id: ArticleID(id), summary: summary, isRead: read)
    }

    /// An article body of `paragraphs` numbered paragraphs of `words` words each.
    public static func article(_ title: String, paragraphs: Int, words: Int = 40) -> Article {
        let body = (1...max(1, paragraphs)).map { number in
            (1...words).map { $0 == 1 ? "P\(number)" : "word\($0)" }.joined(separator: " ")
        }
        return Article(title: title, date: nil, format: .text, paragraphs: body)
    }
}
