/// Splits a paragraph's Markdown into tokens: text, code spans, emphasis delimiters, links,
/// images, breaks and raw tags. Brackets and code spans are paired in one pass up front, so a
/// paragraph full of stray "[" or "`" stays linear.
struct MarkdownInlineScanner {
    private let text: [Unicode.Scalar]
    private let references: [String: String]
    private let closingBracket: [Int: Int]
    private let codeSpanClose: [Int: Int]
    private(set) var tokens: [InlineToken] = []
    private(set) var runs: [DelimiterRun] = []
    private var pending = String.UnicodeScalarView()

    init(_ source: String, references: [String: String]) {
        text = Array(source.unicodeScalars)
        self.references = references
        codeSpanClose = MarkdownInlinePairs.codeSpans(in: text)
        closingBracket = MarkdownInlinePairs.brackets(in: text, codeSpans: codeSpanClose)
    }

    mutating func scan() {
        scan(0..<text.count, allowLinks: true)
        flushText()
    }

    private mutating func scan(_ range: Range<Int>, allowLinks: Bool) {
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = text[index]
            switch scalar {
            case "\\":
                index = backslash(at: index, end: range.upperBound)
            case "`":
                index = codeSpan(at: index)
            case "*", "_":
                index = delimiterRun(at: index, end: range.upperBound)
            case "!" where index + 1 < range.upperBound && text[index + 1] == "[":
                if let end = image(at: index) {
                    index = end
                } else {
                    pending.append(scalar)
                    index += 1
                }
            case "[" where allowLinks:
                if let end = link(at: index) {
                    index = end
                } else {
                    pending.append(scalar)
                    index += 1
                }
            case "<":
                index = angleBracket(at: index)
            case "&":
                if let entity = MarkdownEntities.scan(text, at: index) {
                    pending.append(contentsOf: entity.character.unicodeScalars)
                    index = entity.end
                } else {
                    pending.append(scalar)
                    index += 1
                }
            case "\n":
                lineBreak()
                index += 1
            default:
                pending.append(scalar)
                index += 1
            }
        }
    }

    // MARK: Pieces

    private mutating func backslash(at index: Int, end: Int) -> Int {
        guard index + 1 < end else {
            pending.append("\\")
            return index + 1
        }
        let next = text[index + 1]
        if next == "\n" {
            emit(.hardBreak)
            return index + 2
        }
        if MarkdownFlanking.isASCIIPunctuation(next) {
            pending.append(next)
            return index + 2
        }
        pending.append("\\")
        return index + 1
    }

    private mutating func codeSpan(at index: Int) -> Int {
        var length = 0
        while index + length < text.count, text[index + length] == "`" { length += 1 }
        guard let close = codeSpanClose[index] else {
            pending.append(contentsOf: repeatElement("`", count: length))
            return index + length
        }
        var content = String(String.UnicodeScalarView(text[(index + length)..<close]))
        content = String(content.map { $0 == "\n" ? " " : $0 })
        // One space each side is padding ("`` `x` ``"), unless the span is only spaces.
        if content.count >= 2, content.hasPrefix(" "), content.hasSuffix(" "), content.contains(where: { $0 != " " }) {
            content = String(content.dropFirst().dropLast())
        }
        emit(.code(content))
        return close + length
    }

    private mutating func delimiterRun(at index: Int, end: Int) -> Int {
        let character = text[index]
        var length = 0
        while index + length < end, text[index + length] == character { length += 1 }
        let before: Unicode.Scalar = index > 0 ? text[index - 1] : " "
        let after: Unicode.Scalar = index + length < text.count ? text[index + length] : " "
        let flanking = MarkdownFlanking(before: before, after: after)
        var canOpen = flanking.isLeft
        var canClose = flanking.isRight
        if character == "_" {
            // snake_case_names are words, not emphasis.
            canOpen = flanking.isLeft && (!flanking.isRight || flanking.beforeIsPunctuation)
            canClose = flanking.isRight && (!flanking.isLeft || flanking.afterIsPunctuation)
        }
        runs.append(DelimiterRun(character: character, length: length, remaining: length, canOpen: canOpen, canClose: canClose))
        emit(.delimiter(runs.count - 1))
        return index + length
    }

    private mutating func image(at index: Int) -> Int? {
        guard let close = closingBracket[index + 1], let target = linkTarget(label: (index + 2)..<close, after: close + 1)
        else { return nil }
        let alt = MarkdownEntities.decode(String(String.UnicodeScalarView(text[(index + 2)..<close])))
        emit(.image(alt: alt.filter { $0 != "*" && $0 != "_" && $0 != "`" }))
        return target.end
    }

    private mutating func link(at index: Int) -> Int? {
        guard let close = closingBracket[index], let target = linkTarget(label: (index + 1)..<close, after: close + 1)
        else { return nil }
        emit(.linkStart(target.url))
        scan((index + 1)..<close, allowLinks: false)
        emit(.linkEnd)
        return target.end
    }

    /// `(url "title")`, `[ref]`, `[]` or nothing (a shortcut reference) after a label.
    private func linkTarget(label: Range<Int>, after index: Int) -> (url: String, end: Int)? {
        if index < text.count, text[index] == "(", let inline = MarkdownLinkDestination.parse(text, at: index) {
            return inline
        }
        let labelText = String(String.UnicodeScalarView(text[label]))
        if index < text.count, text[index] == "[", let close = closingBracket[index] {
            let reference = close == index + 1 ? labelText : String(String.UnicodeScalarView(text[(index + 1)..<close]))
            guard let url = references[MarkdownReferences.normalize(reference)] else { return nil }
            return (url, close + 1)
        }
        guard let url = references[MarkdownReferences.normalize(labelText)] else { return nil }
        return (url, index)
    }

    /// An autolink (`<https://...>`, `<name@host>`), a raw tag, or a plain "<".
    private mutating func angleBracket(at index: Int) -> Int {
        if let autolink = MarkdownLinkDestination.autolink(text, at: index) {
            emit(.linkStart(autolink.url))
            pending.append(contentsOf: autolink.label.unicodeScalars)
            emit(.linkEnd)
            return autolink.end
        }
        if let tag = InlineHTMLTag.scan(text, at: index) {
            emit(.htmlTag(tag))
            return tag.end
        }
        pending.append("<")
        return index + 1
    }

    /// Two trailing spaces make a hard break; any other line end is a soft one.
    private mutating func lineBreak() {
        var spaces = 0
        while let last = pending.last, last == " " || last == "\t" {
            spaces += 1
            pending.removeLast()
        }
        emit(spaces >= 2 ? .hardBreak : .softBreak)
    }

    private mutating func emit(_ token: InlineToken) {
        flushText()
        tokens.append(token)
    }

    private mutating func flushText() {
        guard !pending.isEmpty else { return }
        tokens.append(.text(String(pending)))
        pending = String.UnicodeScalarView()
    }
}
