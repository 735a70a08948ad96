import BylineCore
import BylineUI
import Foundation

/// The promises the fuzz targets check beyond "does not crash".
enum FuzzChecks {
    /// Whatever a parser made of an article, what is drawn from it is clean once sanitized,
    /// and lays out in the reading pane within its width.
    static func article(_ article: Article) -> String? {
        for text in [article.title, article.author ?? "", article.link ?? ""] + article.paragraphs + article.links {
            if !Sanitizer.isClean(Sanitizer.sanitize(text)) { return "sanitized text still holds controls: \(text.debugDescription)" }
        }
        if let date = article.date, !date.instant.timeIntervalSince1970.isFinite { return "a date that is not a finite instant" }
        for width in [1, 7, 40] {
            let document = ReaderDocument.layout(article, summary: summary(of: article), width: width, dates: dates)
            if let wide = document.lines.first(where: { $0.text.displayWidth > width }) {
                return "a reading-pane line wider than \(width): \(wide.text.debugDescription)"
            }
        }
        return nil
    }

    private static let dates = DateDisplay(timeZone: TimeZone(secondsFromGMT: 0) ?? .current)

    private static func summary(of article: Article) -> ArticleSummary {
        let file = LibraryFile(
            path: "fuzz.txt", section: "", systemPath: Array("/nonexistent/fuzz.txt".utf8), size: 0,
            modificationTimeNanoseconds: 0, device: 0, inode: 0)
        return ArticleSummary(
            file: file, contentHash: "0", title: article.title, date: article.date ?? FuzzTarget.fallback,
            format: article.format, words: article.wordCount)
    }

    static func dates(_ text: String) -> String? {
        let parsed = [DateLineParser.parse(text), InternetDate.parse(text), InternetDate.parseRFC822(text), InternetDate.parseISO8601(text)]
        for date in parsed.compactMap({ $0 }) where !date.instant.timeIntervalSince1970.isFinite {
            return "a date that is not a finite instant from \(text.debugDescription)"
        }
        return nil
    }

    static func sanitizer(_ text: String) -> String? {
        let once = Sanitizer.sanitize(text)
        if !Sanitizer.isClean(once) { return "sanitized text still holds controls: \(once.debugDescription)" }
        if Sanitizer.sanitize(once) != once { return "sanitizing twice changed the text: \(once.debugDescription)" }
        if once.unicodeScalars.contains(where: { $0 == "\u{1B}" || $0 == "\u{9B}" }) { return "an escape survived" }
        return nil
    }

    /// The first byte picks the width (1 to 100); the rest is the text. No line may be wider
    /// than asked, and truncating and padding give exactly what they promise.
    static func wrapper(_ bytes: [UInt8]) -> String? {
        guard let first = bytes.first else { return nil }
        let width = Int(first) % 100 + 1
        let text = Sanitizer.sanitize(FuzzTarget.text(Array(bytes.dropFirst())))
        for line in TextWrapper.wrap(text, width: width) where line.displayWidth > width {
            return "wrap(width: \(width)) gave a line \(line.displayWidth) wide: \(line.debugDescription)"
        }
        let truncated = TextWrapper.truncate(text, toWidth: width)
        if truncated.displayWidth > width { return "truncate(toWidth: \(width)) gave \(truncated.displayWidth) cells" }
        let padded = TextWrapper.pad(truncated, toWidth: width)
        if padded.displayWidth != width { return "pad(toWidth: \(width)) gave \(padded.displayWidth) cells" }
        return nil
    }

    /// Any query becomes an expression of quoted terms, and matching and snippets stay within
    /// the text.
    static func search(_ input: String) -> String? {
        // A query is typed on one line: the first 200 characters, over the whole input.
        let query = SearchQuery(String(input.prefix(200)))
        let text = input
        if let expression = query.matchExpression, query.terms.isEmpty { return "an expression without terms: \(expression)" }
        let indexed = SearchText.indexed(text)
        let count = text.count
        for range in MatchFinder.ranges(of: query.needles, in: text) where range.lowerBound < 0 || range.upperBound > count {
            return "a match \(range) outside a text of \(count) characters"
        }
        _ = SearchSnippet.make(paragraphs: [text, indexed], needles: query.needles)
        return nil
    }
}
