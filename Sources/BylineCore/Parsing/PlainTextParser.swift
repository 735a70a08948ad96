/// The project's original format: a headline, a "Posted ..." date line with page boilerplate
/// around it, then paragraphs separated by blank lines (hard-wrapped lines joined with a space).
public enum PlainTextParser {
    /// Lines a scraped page leaves next to the date line; they are not part of the story.
    static let boilerplate: Set<String> = [
        "leave a comment", "leave a reply", "comments", "comment", "no comments", "share", "share this",
        "share this:", "print", "email",
    ]

    /// Parses decoded text. `fallbackDate` (the file's modification time) stands in, marked as
    /// estimated, when there is no date line. Returns nil when the text has no headline at all.
    public static func parse(_ text: String, fallbackDate: ArticleDate) -> Article? {
        let lines = splitLines(text)
        guard let header = header(line: { $0 < lines.count ? lines[$0] : nil }) else { return nil }
        let paragraphs = joinParagraphs(lines[min(header.bodyStart, lines.count)...])
        return Article(
            title: String(header.title), date: header.resolvedDate(fallback: fallbackDate), format: .text,
            paragraphs: paragraphs)
    }

    /// The top of a story: its headline, its date line if any, and the line its body starts at.
    struct Header {
        var title: Substring
        var date: ArticleDate?
        var bodyStart: Int

        func resolvedDate(fallback: ArticleDate) -> ArticleDate {
            if let date { return date }
            var estimate = fallback
            estimate.isEstimated = true
            return estimate
        }
    }

    /// Reads the header from `line(n)`, which gives the n-th line or nil past the last; nil when
    /// there is no headline. Shared by the full parse and `PlainTextSummarizer`, which must agree.
    static func header(line: (Int) -> Substring?) -> Header? {
        var headline = 0
        while let text = line(headline), isBlank(text) { headline += 1 }
        guard let title = line(headline) else { return nil }
        var date: ArticleDate?
        // The header zone: blank lines, at most one date line and boilerplate, up to the first
        // other line. Boilerplate only counts as such when a date line sits among it.
        var cursor = headline + 1
        while let text = line(cursor) {
            if isBlank(text) || isBoilerplate(text) {
                cursor += 1
            } else if date == nil, let parsed = DateLineParser.parse(text) {
                date = parsed
                cursor += 1
            } else {
                break
            }
        }
        return Header(title: trim(title), date: date, bodyStart: date != nil ? cursor : headline + 1)
    }

    static func joinParagraphs(_ lines: ArraySlice<Substring>) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        for line in lines {
            if isBlank(line) {
                if !current.isEmpty { paragraphs.append(current) }
                current = ""
                continue
            }
            let trimmed = trim(line)
            if current.isEmpty {
                current = String(trimmed)
            } else {
                current += " "
                current += trimmed
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    /// Splits on LF, CRLF and lone CR (old Mac files), keeping empty lines.
    /// Works on the UTF-8 bytes: splitting by `Character` costs grapheme breaking on every
    /// byte of every file. CR and LF always end a grapheme, so the pieces are whole characters.
    static func splitLines(_ text: String) -> [Substring] {
        // Line ends found in the raw buffer, then turned into indices once per line.
        var copy = text
        let ends: [(contentEnd: Int, next: Int)] = copy.withUTF8 { bytes in
            var ends: [(Int, Int)] = []
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                guard byte == 0x0A || byte == 0x0D else { continue }
                let contentEnd = index - 1
                if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A { index += 1 }
                ends.append((contentEnd, index))
            }
            return ends
        }
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(ends.count + 1)
        var start = utf8.startIndex
        var startOffset = 0
        for end in ends {
            let contentEnd = utf8.index(start, offsetBy: end.contentEnd - startOffset)
            lines.append(text[start..<contentEnd])
            start = utf8.index(start, offsetBy: end.next - startOffset)
            startOffset = end.next
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    static func isBlank(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy(isSpace)
    }

    /// White space, with ASCII answered without a Unicode property lookup.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// Boilerplate lines, with any comment count around them ("3 Comments", "Comments (14)").
    static func isBoilerplate(_ line: Substring) -> Bool {
        // Every boilerplate line is short; most lines asked about are the first line of a story.
        guard line.utf8.count <= 40 else { return false }
        if let ascii = asciiBoilerplateKey(line) { return boilerplate.contains(ascii) }
        let words = trim(line).lowercased()
            .filter { !$0.isNumber && $0 != "(" && $0 != ")" }
            .split(separator: " ")
        return boilerplate.contains(words.joined(separator: " "))
    }

    /// The key the general path above makes, for an ASCII line, from its bytes: lower case,
    /// digits and parentheses dropped, words joined by one space. Nil for any other line.
    /// Every file of a cold index asks this of a few lines.
    private static func asciiBoilerplateKey(_ line: Substring) -> String? {
        var key: [UInt8] = []
        key.reserveCapacity(line.utf8.count)
        var pendingSpace = false
        for byte in trim(line).utf8 {
            if byte >= 0x80 { return nil }
            if byte == 0x20 {
                pendingSpace = !key.isEmpty
                continue
            }
            if (0x30...0x39).contains(byte) || byte == 0x28 || byte == 0x29 { continue }
            if pendingSpace {
                key.append(0x20)
                pendingSpace = false
            }
            key.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
        }
        return String(decoding: key, as: UTF8.self)
    }

    static func trim(_ line: Substring) -> Substring {
        guard let first = line.unicodeScalars.firstIndex(where: { !isSpace($0) }),
              let last = line.unicodeScalars.lastIndex(where: { !isSpace($0) })
        else { return line[line.endIndex...] }
        return line[first...last]
    }
}
