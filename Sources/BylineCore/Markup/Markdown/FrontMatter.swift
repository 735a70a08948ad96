/// The `---`-fenced block of `key: value` lines at the very top of a Markdown file (Jekyll,
/// Hugo, Pandoc). Read by hand: only flat keys matter here, and a YAML library would be a large
/// dependency for them.
struct FrontMatter {
    /// Scalar values by lower-cased key, unquoted.
    var fields: [String: String] = [:]
    /// List values (`tags: [a, b]` or `- a` lines) by lower-cased key.
    var lists: [String: [String]] = [:]
    /// The Markdown after the front matter.
    var body = ""

    init(_ text: String) {
        let lines = PlainTextParser.splitLines(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        guard let first = lines.first, first.trimmingSpaces() == "---" else {
            body = lines.joined(separator: "\n")
            return
        }
        let closing = lines.indices.dropFirst().first { ["---", "..."].contains(lines[$0].trimmingSpaces()) }
        var end = closing ?? 1
        if closing == nil {
            // Unterminated: the key lines up to the first line that is not one are still
            // metadata; what follows is the story.
            while end < lines.count, Self.isMetadataLine(lines[end]) { end += 1 }
        }
        readFields(lines[1..<end])
        let bodyStart = closing.map { $0 + 1 } ?? end
        body = bodyStart < lines.count ? lines[bodyStart...].joined(separator: "\n") : ""
    }

    private mutating func readFields(_ lines: ArraySlice<Substring>) {
        var currentKey: String?
        var index = lines.startIndex
        while index < lines.endIndex {
            let line = String(lines[index])
            index += 1
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("- "), let key = currentKey {
                lists[key, default: []].append(Self.unquote(String(trimmed.dropFirst(2)).trimmingSpaces()))
                continue
            }
            guard let (key, value) = Self.keyValue(line) else { continue }
            currentKey = key
            if value.hasPrefix("["), value.hasSuffix("]") {
                lists[key] = value.dropFirst().dropLast().split(separator: ",")
                    .map { Self.unquote(String($0).trimmingSpaces()) }.filter { !$0.isEmpty }
            } else if [">", ">-", "|", "|-"].contains(value) {
                // A folded or literal block: the indented lines below, joined.
                var parts: [String] = []
                while index < lines.endIndex, lines[index].first == " " || lines[index].first == "\t" {
                    parts.append(String(lines[index]).trimmingSpaces())
                    index += 1
                }
                fields[key] = parts.filter { !$0.isEmpty }.joined(separator: " ")
            } else if !value.isEmpty {
                fields[key] = Self.unquote(value)
            }
        }
    }

    /// "key: value" with a simple key; nil for anything else.
    private static func keyValue(_ line: String) -> (key: String, value: String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].trimmingCharacters(inSet: " \t")
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
            return nil
        }
        let value = String(line[line.index(after: colon)...])
        // "key:value" is no pair in YAML (think "https://..."), "key: value" and "key:" are.
        guard value.isEmpty || value.first == " " || value.first == "\t" else { return nil }
        return (key.lowercased(), value.trimmingSpaces())
    }

    private static func isMetadataLine(_ line: Substring) -> Bool {
        let trimmed = String(line).trimmingSpaces()
        return keyValue(String(line)) != nil || trimmed.hasPrefix("- ") || trimmed.hasPrefix("#")
    }

    /// `"a \"b\""` -> `a "b"`, `'it''s'` -> `it's`; anything else as is.
    static func unquote(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" else {
            return value
        }
        let inner = value.dropFirst().dropLast()
        if first == "'" { return String(inner.replacing("''", with: "'")) }
        var result = ""
        var escaped = false
        for character in inner {
            if escaped {
                result.append(character == "n" ? "\n" : character == "t" ? "\t" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(inSet set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
