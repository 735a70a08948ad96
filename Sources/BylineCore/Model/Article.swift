/// One parsed article: what a parser makes of a file's bytes. Identity and read state are not
/// here; the store assigns them, because they depend on history, not on the bytes alone.
public struct Article: Hashable, Sendable {
    public var title: String
    public var date: ArticleDate?
    public var format: ArticleFormat
    public var blocks: [Block]
    public var author: String?
    /// The article's own address (a feed item's link, a page's canonical URL).
    public var link: String?
    /// The URLs the body refers to as [1], [2]…, in order.
    public var links: [String]

    public init(
        title: String, date: ArticleDate?, format: ArticleFormat, blocks: [Block],
        author: String? = nil, link: String? = nil, links: [String] = []
    ) {
        self.title = title
        self.date = date
        self.format = format
        self.blocks = blocks
        self.author = author
        self.link = link
        self.links = links
    }

    /// An article of plain paragraphs.
    public init(title: String, date: ArticleDate?, format: ArticleFormat, paragraphs: [String]) {
        self.init(title: title, date: date, format: format, blocks: paragraphs.map { .paragraph([TextRun($0)]) })
    }

    /// The body as plain-text paragraphs, one per block (code blocks keep their line breaks).
    public var paragraphs: [String] { blocks.map(\.plainText) }

    /// Words in the body, counted as whitespace-separated runs.
    public var wordCount: Int {
        blocks.reduce(0) { $0 + WordCounter.count(in: $1.plainText) }
    }
}

/// Counts words the way reading-time estimates need them: runs of non-space characters, except
/// that each CJK ideograph or kana counts on its own (Chinese and Japanese use no spaces).
enum WordCounter {
    static func count(in text: String) -> Int {
        var text = text
        return text.withUTF8(count(utf8:))
    }

    /// Over the bytes, decoding a scalar only where one is not ASCII: every article's body
    /// goes through here when a library is indexed.
    private static func count(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var inWord = false
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                // ASCII, most of every file: no decoding, no Unicode property lookups.
                if lead == 0x20 || (0x09...0x0D).contains(lead) {
                    inWord = false
                } else if !inWord, isASCIIAlphanumeric(UInt32(lead)) {
                    inWord = true
                    count += 1
                }
                index += 1
                continue
            }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            var value = UInt32(lead) & UInt32(0x7F >> length)
            for offset in 1..<length where index + offset < bytes.count {
                value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            }
            index += length
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.properties.isWhitespace {
                inWord = false
            } else if isCJK(scalar) {
                inWord = false
                count += 1
            } else if !inWord, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// Punctuation does not start a word: "—" between spaces, or the full stop after "東京.",
    /// is not one more word.
    private static func isASCIIAlphanumeric(_ value: UInt32) -> Bool {
        (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }

    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
             0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
