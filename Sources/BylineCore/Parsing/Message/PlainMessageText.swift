/// A text/plain body as blocks. Unflowed text: paragraphs are separated by blank lines and
/// their hard-wrapped lines joined with a space. Flowed text (RFC 3676): each logical line is
/// its own block, because once soft breaks are undone the remaining breaks are the sender's.
/// Quoted lines become `.quote(depth:)` blocks. The signature after "-- " is kept as a last
/// paragraph, "-- " first and its lines joined, so a reader still sees who wrote.
enum PlainMessageText {
    static func blocks(_ text: String, flowed: Bool, deleteSpace: Bool) -> [Block] {
        let lines = QuotedLine.splitLines(text)
        if flowed {
            return blocks(from: FlowedText.unflow(lines, deleteSpace: deleteSpace), joiningLines: false)
        }
        return blocks(from: lines.map(QuotedLine.init(unflowed:)), joiningLines: true)
    }

    private static func blocks(from lines: [QuotedLine], joiningLines: Bool) -> [Block] {
        var blocks: [Block] = []
        var paragraph = ""
        var paragraphDepth = 0
        // Non-nil after a separator line, until a quoted line ends the signature.
        var signature: [String]?

        func finishParagraph() {
            guard !paragraph.isEmpty else { return }
            let runs = [TextRun(paragraph)]
            blocks.append(paragraphDepth == 0 ? .paragraph(runs) : .quote(depth: paragraphDepth, runs))
            paragraph = ""
        }

        func finishSignature() {
            if let lines = signature, !lines.isEmpty {
                blocks.append(.paragraph([TextRun("-- " + lines.joined(separator: " "))]))
            }
            signature = nil
        }

        for line in lines {
            if line.isSignatureSeparator {
                finishParagraph()
                finishSignature()
                signature = []
                continue
            }
            let text = line.text.trimmingWhitespace()
            if signature != nil {
                if line.depth == 0 {
                    if !text.isEmpty { signature?.append(text) }
                    continue
                }
                finishSignature()
            }
            if text.isEmpty || !joiningLines || line.depth != paragraphDepth { finishParagraph() }
            guard !text.isEmpty else { continue }
            if !paragraph.isEmpty { paragraph.append(" ") }
            paragraph.append(text)
            paragraphDepth = line.depth
        }
        finishParagraph()
        finishSignature()
        return blocks
    }
}
