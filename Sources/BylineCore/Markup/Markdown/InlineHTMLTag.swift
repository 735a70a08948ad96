/// A raw HTML tag inside Markdown text (`<b>`, `</a>`, `<a href="...">`, `<br/>`, a comment),
/// recognized by the shape CommonMark gives tags; anything else starting with "<" is text.
struct InlineHTMLTag {
    /// Lower-cased; empty for a comment.
    var name: String
    var isClosing: Bool
    var href: String?
    /// Index just past the tag's ">".
    var end: Int

    static func scan(_ text: [Unicode.Scalar], at start: Int) -> InlineHTMLTag? {
        guard start < text.count, text[start] == "<" else { return nil }
        var index = start + 1
        if matches(text, at: index, "!--") { return comment(text, from: index + 3) }
        let isClosing = index < text.count && text[index] == "/"
        if isClosing { index += 1 }
        let nameStart = index
        guard index < text.count, isASCIILetter(text[index]) else { return nil }
        while index < text.count, isASCIILetter(text[index]) || isASCIIDigit(text[index]) || text[index] == "-" {
            index += 1
        }
        let name = String(String.UnicodeScalarView(text[nameStart..<index])).lowercased()
        var href: String?
        if !isClosing {
            while let attribute = scanAttribute(text, at: &index) {
                if attribute.name == "href" { href = attribute.value ?? "" }
            }
        }
        skipWhitespace(text, &index)
        if !isClosing, index < text.count, text[index] == "/" { index += 1 }
        guard index < text.count, text[index] == ">" else { return nil }
        return InlineHTMLTag(name: name, isClosing: isClosing, href: href, end: index + 1)
    }

    private static func comment(_ text: [Unicode.Scalar], from start: Int) -> InlineHTMLTag? {
        var index = start
        while index + 2 < text.count {
            if matches(text, at: index, "-->") { return InlineHTMLTag(name: "", isClosing: false, end: index + 3) }
            index += 1
        }
        return nil
    }

    /// ` name`, ` name=value`, ` name="value"` or ` name='value'`, advancing past it.
    private static func scanAttribute(_ text: [Unicode.Scalar], at index: inout Int) -> (name: String, value: String?)? {
        var cursor = index
        let hadSpace = skipWhitespace(text, &cursor)
        guard hadSpace, cursor < text.count, isASCIILetter(text[cursor]) || text[cursor] == "_" || text[cursor] == ":"
        else { return nil }
        let nameStart = cursor
        while cursor < text.count, isASCIILetter(text[cursor]) || isASCIIDigit(text[cursor])
            || "_.:-".unicodeScalars.contains(text[cursor]) {
            cursor += 1
        }
        let name = String(String.UnicodeScalarView(text[nameStart..<cursor])).lowercased()
        var valueCursor = cursor
        skipWhitespace(text, &valueCursor)
        guard valueCursor < text.count, text[valueCursor] == "=" else {
            index = cursor
            return (name, nil)
        }
        valueCursor += 1
        skipWhitespace(text, &valueCursor)
        guard valueCursor < text.count else { return nil }
        let quote = text[valueCursor]
        var value = String.UnicodeScalarView()
        if quote == "\"" || quote == "'" {
            valueCursor += 1
            while valueCursor < text.count, text[valueCursor] != quote {
                value.append(text[valueCursor])
                valueCursor += 1
            }
            guard valueCursor < text.count else { return nil }
            valueCursor += 1
        } else {
            while valueCursor < text.count, !" \t\n\"'=<>`".unicodeScalars.contains(text[valueCursor]) {
                value.append(text[valueCursor])
                valueCursor += 1
            }
            guard !value.isEmpty else { return nil }
        }
        index = valueCursor
        return (name, MarkdownEntities.decode(String(value)))
    }

    @discardableResult
    private static func skipWhitespace(_ text: [Unicode.Scalar], _ index: inout Int) -> Bool {
        let start = index
        while index < text.count, text[index] == " " || text[index] == "\t" || text[index] == "\n" { index += 1 }
        return index > start
    }

    private static func matches(_ text: [Unicode.Scalar], at index: Int, _ literal: String) -> Bool {
        var cursor = index
        for scalar in literal.unicodeScalars {
            guard cursor < text.count, text[cursor] == scalar else { return false }
            cursor += 1
        }
        return true
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
