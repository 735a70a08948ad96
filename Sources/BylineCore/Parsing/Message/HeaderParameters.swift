/// A MIME header value with parameters: `text/plain; charset="utf-8"; format=flowed` or
/// `attachment; filename*=utf-8''r%C3%A9sum%C3%A9.pdf`. The value and parameter names are
/// lowercased; parameter values keep their case.
struct HeaderParameters {
    var value: String
    var parameters: [String: String]

    init(value: String, parameters: [String: String] = [:]) {
        self.value = value
        self.parameters = parameters
    }

    init(parsing text: String) {
        let segments = Self.splitOutsideQuotes(text)
        value = Self.removingComments(segments.first ?? "").trimmingWhitespace().lowercased()
        var simple: [String: String] = [:]
        var sections: [String: [Int: (text: String, isEncoded: Bool)]] = [:]
        for segment in segments.dropFirst() {
            guard let equals = segment.firstIndex(of: "=") else { continue }
            let name = segment[..<equals].trimmingWhitespace().lowercased()
            guard !name.isEmpty else { continue }
            let raw = Self.unquote(segment[segment.index(after: equals)...])
            // RFC 2231: "name*" is percent-encoded with a charset, "name*0", "name*1*" are
            // sections of a long value.
            let pieces = name.split(separator: "*", omittingEmptySubsequences: false)
            if pieces.count == 1 {
                simple[name] = raw
            } else {
                let base = String(pieces[0])
                let isEncoded = name.hasSuffix("*")
                let number = pieces.count >= 2 ? Int(pieces[1]) ?? 0 : 0
                sections[base, default: [:]][number] = (raw, isEncoded)
            }
        }
        parameters = simple
        for (name, parts) in sections {
            parameters[name] = Self.joinSections(parts)
        }
    }

    subscript(name: String) -> String? { parameters[name] }

    /// Sections in order; encoded ones are percent-decoded as bytes, in the charset the first
    /// section names ("utf-8'en'..."), and the other sections are taken as written.
    private static func joinSections(_ parts: [Int: (text: String, isEncoded: Bool)]) -> String {
        var charset: String?
        var bytes: [UInt8] = []
        for (position, number) in parts.keys.sorted().enumerated() {
            guard let part = parts[number] else { continue }
            var text = Substring(part.text)
            if part.isEncoded, position == 0 {
                let fields = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                if fields.count == 3 {
                    charset = String(fields[0])
                    text = fields[2]
                }
            }
            bytes += part.isEncoded ? percentDecode(text) : Array(text.utf8)
        }
        var ignored: [String] = []
        return MessageCharset.decode(bytes, charset: charset.flatMap { $0.isEmpty ? nil : $0 }, warnings: &ignored)
    }

    private static func percentDecode(_ text: Substring) -> [UInt8] {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x25, index + 2 < bytes.count,
               let high = QuotedPrintable.hexValue(bytes[index + 1]),
               let low = QuotedPrintable.hexValue(bytes[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }

    /// Splits on ";" outside quoted strings. An unclosed quote runs to the end.
    private static func splitOutsideQuotes(_ text: String) -> [Substring] {
        var segments: [Substring] = []
        var start = text.startIndex
        var inQuotes = false
        var escaped = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if escaped {
                escaped = false
            } else if character == "\\" && inQuotes {
                escaped = true
            } else if character == "\"" {
                inQuotes.toggle()
            } else if character == ";" && !inQuotes {
                segments.append(text[start..<index])
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        segments.append(text[start...])
        return segments
    }

    /// A parameter value: a quoted string without its quotes and escapes, or a token as written
    /// (tokens such as "----=_Part_1" contain "=" and are kept whole).
    private static func unquote(_ raw: Substring) -> String {
        let trimmed = raw.trimmingWhitespace()
        guard trimmed.first == "\"" else { return trimmed }
        var result = ""
        var escaped = false
        for character in trimmed.dropFirst() {
            if escaped {
                result.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                break
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// "text/plain (body text)" is legal; the comment is not part of the value.
    private static func removingComments(_ text: Substring) -> String {
        guard text.contains("(") else { return String(text) }
        var result = ""
        var depth = 0
        for character in text {
            if character == "(" {
                depth += 1
            } else if character == ")", depth > 0 {
                depth -= 1
            } else if depth == 0 {
                result.append(character)
            }
        }
        return result
    }
}
