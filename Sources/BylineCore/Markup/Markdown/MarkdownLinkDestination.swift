/// The target parts of Markdown links: `(url "title")` after a label, and `<...>` autolinks.
enum MarkdownLinkDestination {
    /// Parses `(destination "optional title")` starting at the "(".
    static func parse(_ text: [Unicode.Scalar], at start: Int) -> (url: String, end: Int)? {
        var index = start + 1
        skipSpace(text, &index)
        var destination = String.UnicodeScalarView()
        if index < text.count, text[index] == "<" {
            index += 1
            while index < text.count, text[index] != ">" {
                guard text[index] != "\n", text[index] != "<" else { return nil }
                destination.append(text[index])
                index += 1
            }
            guard index < text.count else { return nil }
            index += 1
        } else {
            // Balanced parentheses may appear in a bare destination (Wikipedia URLs).
            var depth = 0
            while index < text.count {
                let scalar = text[index]
                if scalar == "\\", index + 1 < text.count, MarkdownFlanking.isASCIIPunctuation(text[index + 1]) {
                    destination.append(text[index + 1])
                    index += 2
                    continue
                }
                if scalar.properties.isWhitespace || (scalar == ")" && depth == 0) { break }
                if scalar == "(" { depth += 1 }
                if scalar == ")" { depth -= 1 }
                destination.append(scalar)
                index += 1
            }
        }
        let hadSpace = skipSpace(text, &index)
        if hadSpace, index < text.count, let closer = titleCloser(text[index]) {
            index += 1
            while index < text.count, text[index] != closer {
                if text[index] == "\\" { index += 1 }
                index += 1
            }
            guard index < text.count else { return nil }
            index += 1
            skipSpace(text, &index)
        }
        guard index < text.count, text[index] == ")" else { return nil }
        return (MarkdownEntities.decode(String(destination)), index + 1)
    }

    /// `<https://example.com>` or `<someone@example.com>` starting at the "<".
    static func autolink(_ text: [Unicode.Scalar], at start: Int) -> (url: String, label: String, end: Int)? {
        var index = start + 1
        var body = String.UnicodeScalarView()
        while index < text.count, text[index] != ">" {
            let scalar = text[index]
            guard scalar != "<", !scalar.properties.isWhitespace, scalar.value >= 0x20 else { return nil }
            body.append(scalar)
            index += 1
        }
        guard index < text.count else { return nil }
        let label = String(body)
        if LinkTarget.hasScheme(label), let colon = label.firstIndex(of: ":"),
           (2...32).contains(label.distance(from: label.startIndex, to: colon)) {
            return (label, label, index + 1)
        }
        if isEmail(label) { return ("mailto:" + label, label, index + 1) }
        return nil
    }

    private static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
              !parts[1].hasSuffix(".")
        else { return false }
        return parts[1].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }
    }

    private static func titleCloser(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "\"": "\""
        case "'": "'"
        case "(": ")"
        default: nil
        }
    }

    @discardableResult
    private static func skipSpace(_ text: [Unicode.Scalar], _ index: inout Int) -> Bool {
        let start = index
        while index < text.count, text[index] == " " || text[index] == "\t" || text[index] == "\n" { index += 1 }
        return index > start
    }
}
