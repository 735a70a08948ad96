/// Link reference definitions (`[label]: https://example.com "Title"`), which may come before
/// or after the links that use them, so they are collected before any text is rendered.
enum MarkdownReferences {
    /// Takes definitions off the start of every paragraph in the tree, returning them by
    /// normalized label; the first definition of a label wins.
    static func extract(from root: MarkdownNode) -> [String: String] {
        var references: [String: String] = [:]
        var pending = [root]
        while let node = pending.popLast() {
            pending.append(contentsOf: node.children)
            guard node.isParagraph else { continue }
            while let first = node.lines.first, let definition = parseDefinition(first) {
                if references[definition.label] == nil { references[definition.label] = definition.url }
                node.lines.removeFirst()
            }
        }
        return references
    }

    /// Case-insensitive, with inner whitespace collapsed, as labels match in CommonMark.
    static func normalize(_ label: String) -> String {
        label.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    private static func parseDefinition(_ line: String) -> (label: String, url: String)? {
        let text = Array(line.trimmingSpaces().unicodeScalars)
        guard text.first == "[", let close = text.firstIndex(of: "]"), close > 1,
              close + 1 < text.count, text[close + 1] == ":"
        else { return nil }
        let label = normalize(String(String.UnicodeScalarView(text[1..<close])))
        let rest = String(String.UnicodeScalarView(text[(close + 2)...])).trimmingSpaces()
        var url = String(rest.prefix { $0 != " " && $0 != "\t" })
        if url.hasPrefix("<"), url.hasSuffix(">") { url = String(url.dropFirst().dropLast()) }
        guard !url.isEmpty, !label.isEmpty else { return nil }
        return (label, MarkdownEntities.decode(url))
    }
}
