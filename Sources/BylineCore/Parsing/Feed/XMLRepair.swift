/// Mends the slips that make libxml2 drop text from otherwise readable feeds, in one pass over
/// the bytes after the prologue (CDATA sections, comments and processing instructions are left
/// alone apart from control bytes):
/// - the DOCTYPE becomes blanks: a feed needs nothing from it, and its internal subset is where
///   entity bombs ("billion laughs") live, so with it gone no entity can ever be expanded;
/// - HTML named entities (`&eacute;`, `&nbsp;`) become numeric references, since XML only knows
///   five names and libxml2 silently drops the others;
/// - a bare `&` (`?a=1&b=2` in a link) becomes `&amp;`, which is what its writer meant;
/// - control bytes and references to characters XML forbids (`&#11;`) are removed (vertical tab
///   and form feed bytes become spaces).
/// Returns the input itself when nothing needed mending, which is the common case.
enum XMLRepair {
    private static let xmlEntities: Set<String> = ["amp", "lt", "gt", "quot", "apos"]
    private static let verbatimSections: [(open: [UInt8], close: [UInt8])] = [
        (Array("<![CDATA[".utf8), Array("]]>".utf8)), (Array("<!--".utf8), Array("-->".utf8)),
        (Array("<?".utf8), Array("?>".utf8)),
    ]
    private static let escapedAmpersand = Array("&amp;".utf8)

    static func repair(_ bytes: [UInt8], prologue: XMLPrologue) -> [UInt8] {
        var output: [UInt8]?
        var copied = 0
        func replace(_ range: Range<Int>, with replacement: some Sequence<UInt8>) {
            if output == nil {
                output = []
                output?.reserveCapacity(bytes.count + 64)
            }
            output?.append(contentsOf: bytes[copied..<range.lowerBound])
            output?.append(contentsOf: replacement)
            copied = range.upperBound
        }

        if let doctype = prologue.doctype {
            // Newlines stay so that line numbers still match the file.
            replace(doctype, with: bytes[doctype].map { $0 == 0x0A ? 0x0A : 0x20 })
        }
        var index = max(0, prologue.rootOffset)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3C, let (opening, terminator) = verbatimSection(bytes, at: index) {
                // Inside these only control bytes need removing.
                index += opening.count
                while index < bytes.count, !matches(bytes, terminator, at: index) {
                    if isForbiddenControl(bytes[index]) { replace(index..<index + 1, with: standIn(bytes[index])) }
                    index += 1
                }
                index += terminator.count
            } else if byte == 0x26 {
                let (length, replacement) = reference(bytes, at: index)
                if let replacement { replace(index..<index + length, with: replacement) }
                index += length
            } else {
                if isForbiddenControl(byte) { replace(index..<index + 1, with: standIn(byte)) }
                index += 1
            }
        }
        guard var mended = output else { return bytes }
        mended.append(contentsOf: bytes[min(copied, bytes.count)...])
        return mended
    }

    private static func verbatimSection(_ bytes: [UInt8], at index: Int) -> (open: [UInt8], close: [UInt8])? {
        guard index + 1 < bytes.count, bytes[index + 1] == 0x21 || bytes[index + 1] == 0x3F else { return nil }
        return verbatimSections.first { matches(bytes, $0.open, at: index) }
    }

    /// The length of the reference starting with the "&" at `index`, and what to put in its
    /// place (nil to keep it).
    private static func reference(_ bytes: [UInt8], at index: Int) -> (Int, [UInt8]?) {
        let escapedAmpersand = (1, Self.escapedAmpersand)
        let limit = min(bytes.count, index + 34)
        var end = index + 1
        while end < limit, bytes[end] != 0x3B, isReferenceByte(bytes[end]) { end += 1 }
        guard end < limit, bytes[end] == 0x3B, end > index + 1 else { return escapedAmpersand }
        let body = String(decoding: bytes[index + 1..<end], as: UTF8.self)
        let length = end + 1 - index
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value else { return escapedAmpersand }
            return isAllowedInXML(value) ? (length, nil) : (length, [])
        }
        if xmlEntities.contains(body) { return (length, nil) }
        if let scalar = HTMLEntities.scalar(named: body) {
            return (length, Array("&#\(scalar.value);".utf8))
        }
        return escapedAmpersand
    }

    private static func isReferenceByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x23
    }

    /// Vertical tab and form feed separate words, so they become spaces; other controls go.
    private static func standIn(_ control: UInt8) -> [UInt8] {
        control == 0x0B || control == 0x0C ? [0x20] : []
    }

    private static func isForbiddenControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
    }

    private static func isAllowedInXML(_ value: UInt32) -> Bool {
        value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
    }

    private static func matches(_ bytes: [UInt8], _ pattern: [UInt8], at index: Int) -> Bool {
        guard bytes.count - index >= pattern.count else { return false }
        for offset in pattern.indices where bytes[index + offset] != pattern[offset] { return false }
        return true
    }
}
