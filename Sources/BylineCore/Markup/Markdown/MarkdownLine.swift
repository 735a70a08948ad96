/// One source line as bytes, for the block structure's ASCII markers (`>`, `-`, `1.`, fences).
/// Tabs in the leading markup are expanded to 4-column stops so indentation can be counted in
/// spaces; tabs inside the text stay as written.
struct MarkdownLine {
    let bytes: [UInt8]

    init(_ text: some StringProtocol) {
        var expanded: [UInt8] = []
        expanded.reserveCapacity(text.utf8.count)
        var inPrefix = true
        for byte in text.utf8 {
            if inPrefix && byte == UInt8(ascii: "\t") {
                let spaces = 4 - expanded.count % 4
                expanded.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces))
                continue
            }
            if inPrefix && !Self.prefixBytes.contains(byte) { inPrefix = false }
            expanded.append(byte)
        }
        bytes = expanded
    }

    /// The characters that can make up container markers before a line's text.
    private static let prefixBytes: Set<UInt8> = Set(" >-*+.)0123456789".utf8)

    subscript(index: Int) -> UInt8? {
        index >= 0 && index < bytes.count ? bytes[index] : nil
    }

    /// Spaces starting at `index`.
    func indent(from index: Int) -> Int {
        var end = index
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
        return end - index
    }

    func isBlank(from index: Int) -> Bool {
        guard index < bytes.count else { return true }
        return bytes[index...].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    func text(from index: Int) -> String {
        guard index < bytes.count else { return "" }
        return String(decoding: bytes[max(index, 0)...], as: UTF8.self)
    }

    /// How many times `byte` repeats from `index`.
    func run(of byte: UInt8, from index: Int) -> Int {
        var end = index
        while end < bytes.count, bytes[end] == byte { end += 1 }
        return end - index
    }
}
