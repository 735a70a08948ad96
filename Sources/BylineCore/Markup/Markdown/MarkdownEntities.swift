import CLibXML2

/// Character references in Markdown text (`&eacute;`, `&#8220;`, `&#x2014;`), decoded with
/// libxml2's table of HTML entities.
enum MarkdownEntities {
    /// The character `&...;` stands for, starting at `start` (the "&"), and the index after ";".
    static func scan(_ text: [Unicode.Scalar], at start: Int) -> (character: String, end: Int)? {
        guard start < text.count, text[start] == "&" else { return nil }
        var index = start + 1
        var body = String.UnicodeScalarView()
        while index < text.count, text[index] != ";", body.count <= 32 {
            let scalar = text[index]
            guard InlineHTMLTag.isASCIILetter(scalar) || InlineHTMLTag.isASCIIDigit(scalar) || scalar == "#" else {
                return nil
            }
            body.append(scalar)
            index += 1
        }
        guard index < text.count, text[index] == ";", let character = character(named: String(body)) else {
            return nil
        }
        return (character, index + 1)
    }

    /// `text` with every recognized reference decoded (link targets, attribute values).
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if let entity = scan(scalars, at: index) {
                result.append(contentsOf: entity.character.unicodeScalars)
                index = entity.end
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    private static func character(named name: String) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = digits.count > 1 && digits.count <= 7 ? UInt32(digits.dropFirst(), radix: 16) : nil
            } else {
                value = !digits.isEmpty && digits.count <= 7 ? UInt32(digits) : nil
            }
            guard let value else { return nil }
            // NUL and values outside Unicode decode to the replacement character, as in HTML.
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return String(scalar ?? "\u{FFFD}")
        }
        if name == "apos" { return "'" }  // XML's, missing from HTML 4's table
        let entity = name.withCString { cName in
            cName.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { htmlEntityLookup($0) }
        }
        guard let entity, let scalar = Unicode.Scalar(entity.pointee.value) else { return nil }
        return String(scalar)
    }
}
