/// Recognizes the line-level markers of Markdown blocks at a position in a line.
enum MarkdownMarkers {
    struct ListMarker {
        var ordered: Bool
        var delimiter: UInt8
        var number: Int
        /// Bytes the marker itself takes ("-" 1, "12." 3).
        var width: Int
    }

    static func listMarker(_ line: MarkdownLine, at index: Int) -> ListMarker? {
        guard let first = line[index] else { return nil }
        var marker: ListMarker
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
            marker = ListMarker(ordered: false, delimiter: first, number: 0, width: 1)
        } else {
            var digits = 0
            var number = 0
            while let byte = line[index + digits], isDigit(byte), digits < 9 {
                number = number * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            }
            guard digits > 0, let delimiter = line[index + digits],
                  delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")")
            else { return nil }
            marker = ListMarker(ordered: true, delimiter: delimiter, number: number, width: digits + 1)
        }
        // A marker must be followed by a space or the end of the line ("-foo" is text).
        guard let after = line[index + marker.width] else { return marker }
        return after == UInt8(ascii: " ") ? marker : nil
    }

    /// Three or more `-`, `*` or `_`, optionally spaced, and nothing else.
    static func isThematicBreak(_ line: MarkdownLine, from index: Int) -> Bool {
        guard line.indent(from: index) <= 3 else { return false }
        var character: UInt8?
        var count = 0
        for byte in line.bytes[min(index, line.bytes.count)...] {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { continue }
            guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") else { return false }
            if let character, character != byte { return false }
            character = byte
            count += 1
        }
        return count >= 3
    }

    /// "## Title ##" -> (2, "Title").
    static func atxHeading(_ line: MarkdownLine, at index: Int) -> (level: Int, text: String)? {
        let level = line.run(of: UInt8(ascii: "#"), from: index)
        guard (1...6).contains(level) else { return nil }
        if let after = line[index + level], after != UInt8(ascii: " ") { return nil }
        var text = line.text(from: index + level).trimmingSpaces()
        // An optional closing run of #s, when set off by a space (or the whole text).
        let withoutClosing = String(text.reversed().drop { $0 == "#" }.reversed())
        if withoutClosing.isEmpty || withoutClosing.hasSuffix(" ") { text = withoutClosing.trimmingSpaces() }
        return (level, text)
    }

    /// "```swift" or "~~~" -> (character, length).
    static func fenceOpening(_ line: MarkdownLine, at index: Int) -> (fence: UInt8, length: Int)? {
        guard let fence = line[index], fence == UInt8(ascii: "`") || fence == UInt8(ascii: "~") else { return nil }
        let length = line.run(of: fence, from: index)
        guard length >= 3 else { return nil }
        // A backtick fence's info string may not contain backticks (that is inline code).
        if fence == UInt8(ascii: "`"), line.bytes[(index + length)...].contains(fence) { return nil }
        return (fence, length)
    }

    static func isClosingFence(_ line: MarkdownLine, from index: Int, fence: UInt8, length: Int) -> Bool {
        let indent = line.indent(from: index)
        guard indent <= 3 else { return false }
        let count = line.run(of: fence, from: index + indent)
        return count >= length && line.isBlank(from: index + indent + count)
    }

    /// "===" under a paragraph makes it a level 1 heading, "---" level 2.
    static func setextLevel(_ line: MarkdownLine, at index: Int) -> Int? {
        guard let character = line[index], character == UInt8(ascii: "=") || character == UInt8(ascii: "-") else {
            return nil
        }
        let count = line.run(of: character, from: index)
        guard line.isBlank(from: index + count) else { return nil }
        return character == UInt8(ascii: "=") ? 1 : 2
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
