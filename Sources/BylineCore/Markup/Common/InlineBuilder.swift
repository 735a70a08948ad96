/// Collects the inline text of one block as styled runs, collapsing whitespace the way a browser
/// does: any run of spaces, tabs and line breaks becomes one space, and none at the block's ends.
struct InlineBuilder {
    private(set) var runs: [TextRun] = []
    /// A space waiting for the next word, with the emphasis it was written in; dropped at the
    /// block's end so blocks never end in blanks.
    private var pendingSpace: TextRun.Emphasis?
    /// Grows with every visible character appended, so callers can tell whether text arrived
    /// between two points (a link with no text gets no number).
    private(set) var appendedCount = 0

    var isEmpty: Bool { runs.isEmpty }

    /// Appends markup text, collapsing its whitespace.
    mutating func appendCollapsing(_ text: some StringProtocol, emphasis: TextRun.Emphasis) {
        var word = ""
        for scalar in text.unicodeScalars {
            if Self.isCollapsible(scalar) {
                if !word.isEmpty {
                    appendWord(word, emphasis: emphasis)
                    word = ""
                }
                markSpace(emphasis: emphasis)
            } else {
                word.unicodeScalars.append(scalar)
            }
        }
        if !word.isEmpty { appendWord(word, emphasis: emphasis) }
    }

    /// Appends text as is, right after what came before: a link's " [n]" belongs to its text even
    /// when the link text ended in a space, which then follows the number instead.
    mutating func appendAttached(_ text: String, emphasis: TextRun.Emphasis) {
        append(text, emphasis: emphasis)
    }

    /// Forgets a space seen but not yet written, for separators that bring their own spacing.
    mutating func discardPendingSpace() {
        pendingSpace = nil
    }

    /// A space between words, such as a line break inside a paragraph becomes.
    mutating func markSpace(emphasis: TextRun.Emphasis) {
        if let pending = pendingSpace {
            pendingSpace = pending.intersection(emphasis)
        } else {
            pendingSpace = emphasis
        }
    }

    /// Hands over the block's runs and starts empty.
    mutating func take() -> [TextRun] {
        defer {
            runs = []
            pendingSpace = nil
        }
        return runs
    }

    private mutating func appendWord(_ word: String, emphasis: TextRun.Emphasis) {
        if let pending = pendingSpace, !runs.isEmpty {
            // A space between an underlined word and a plain one is drawn plain, as browsers do.
            append(" ", emphasis: pending.intersection(emphasis))
        }
        pendingSpace = nil
        append(word, emphasis: emphasis)
    }

    private mutating func append(_ text: String, emphasis: TextRun.Emphasis) {
        appendedCount += text.unicodeScalars.count
        if let last = runs.indices.last, runs[last].emphasis == emphasis {
            runs[last].text += text
        } else {
            runs.append(TextRun(text, emphasis))
        }
    }

    /// HTML's ASCII whitespace; the no-break space is content and stays.
    static func isCollapsible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\r", "\u{0C}": true
        default: false
        }
    }
}
