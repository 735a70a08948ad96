/// Feed text that is not rendered as HTML: Atom `type="text"` bodies and titles that carry
/// markup.
enum FeedPlainText {
    /// Paragraphs at blank lines, each on one line: text content is shown as written, so "<b>"
    /// in it is just four characters.
    static func paragraphs(_ text: String) -> [Block] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        func flush() {
            let paragraph = current.joined(separator: " ").collapsingWhitespace()
            if !paragraph.isEmpty { paragraphs.append(paragraph) }
            current = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) { flush() } else { current.append(line) }
        }
        flush()
        return paragraphs.map { .paragraph([TextRun($0)]) }
    }

    /// A one-line title from HTML source: tags dropped, character references decoded,
    /// whitespace collapsed.
    static func titleFromHTML(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if inTag {
                if character == ">" { inTag = false }
            } else if character == "<" {
                // No space in its place: inline tags ("Harb<b>or</b>") sit inside words.
                inTag = true
            } else {
                text.append(character)
            }
        }
        return decodingReferences(text).collapsingWhitespace()
    }

    /// `&eacute;`, `&#233;` and `&#xE9;` as characters; anything else stays as written.
    static func decodingReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            let candidate = rest[afterAmpersand...].prefix(33)
            if let semicolon = candidate.firstIndex(of: ";"), let scalar = scalar(for: rest[afterAmpersand..<semicolon]) {
                result.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[afterAmpersand...]
            }
        }
        return result + rest
    }

    private static func scalar(for reference: Substring) -> Unicode.Scalar? {
        guard reference.first == "#" else { return HTMLEntities.scalar(named: reference) }
        let digits = reference.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init)
    }
}
