/// format=flowed (RFC 3676): a line ending in a space continues on the next line of the same
/// quote depth. Unflowing gives the logical lines the sender typed.
enum FlowedText {
    /// `deleteSpace` is DelSp=yes: the trailing space was added by the encoder and is removed.
    static func unflow(_ lines: [Substring], deleteSpace: Bool) -> [QuotedLine] {
        var result: [QuotedLine] = []
        var current: String?
        var currentDepth = 0

        func finish() {
            if let text = current { result.append(QuotedLine(depth: currentDepth, text: Substring(text))) }
            current = nil
        }

        for line in lines {
            var quoted = QuotedLine(flowed: line)
            let isSeparator = quoted.depth == 0 && quoted.text == "-- "
            let isFlowed = !isSeparator && quoted.text.hasSuffix(" ")
            if isFlowed && deleteSpace { quoted.text = quoted.text.dropLast() }
            // A change of depth or a signature separator ends a paragraph even after a soft
            // break: the sender's client flowed something it should not have.
            if current != nil, quoted.depth != currentDepth || isSeparator { finish() }
            if current == nil { current = "" }
            current?.append(contentsOf: quoted.text)
            currentDepth = quoted.depth
            if !isFlowed { finish() }
        }
        finish()
        return result
    }
}
