/// The plain-text parser's answer for the lists (headline, date, words) plus the file's content
/// hash, in one pass over the bytes and without building the body. A cold index reads every
/// file of the library only for these; decoding each whole file, splitting it into lines,
/// joining paragraphs and then walking it twice more for words and the hash cost three times
/// as much.
enum PlainTextSummarizer {
    struct Summary: Equatable {
        var title: String
        var date: ArticleDate
        var words: Int
        var contentHash: String
    }

    /// Nil when the full parser must decide: bytes that are not valid UTF-8 without a byte
    /// order mark (they are decoded as a legacy encoding), or text without a headline.
    static func summarize(_ bytes: UnsafeBufferPointer<UInt8>, fallbackDate: ArticleDate) -> Summary? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return nil }
        var lines = LazyLines(bytes: bytes)
        guard let header = PlainTextParser.header(line: { lines.line($0) }), !lines.isInvalid else { return nil }
        let bodyOffset = lines.start(ofLine: header.bodyStart)
        var headerHash = FNV1a()
        for byte in bytes[..<bodyOffset] { headerHash.add(byte) }
        guard let body = countWords(UnsafeBufferPointer(rebasing: bytes[bodyOffset...]), hashingOn: headerHash) else {
            return nil
        }
        return Summary(
            title: String(header.title), date: header.resolvedDate(fallback: fallbackDate), words: body.words,
            contentHash: body.hash.hex)
    }

    /// Counts words, goes on hashing from `hash` and validates UTF-8 in one loop; nil at the
    /// first invalid sequence.
    private static func countWords(
        _ bytes: UnsafeBufferPointer<UInt8>, hashingOn hash: FNV1a
    ) -> (words: Int, hash: FNV1a)? {
        // Plain locals, so the state stays in registers: kept in a struct in memory, each byte
        // waited on the last one's store.
        var (words, inWord) = (0, UInt8(0))
        var digest = hash
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            digest.add(lead)
            if lead < 0x80 {
                (words, inWord) = WordCounter.step(ascii: lead, count: words, inWord: inWord)
                index += 1
                continue
            }
            guard let (scalar, length) = UTF8Sequence.decode(bytes, at: index) else { return nil }
            for offset in 1..<length { digest.add(bytes[index + offset]) }
            (words, inWord) = WordCounter.step(scalar, count: words, inWord: inWord)
            index += length
        }
        return (words, digest)
    }

    /// The file's lines, decoded only as far as the header asks for them.
    private struct LazyLines {
        let bytes: UnsafeBufferPointer<UInt8>
        private var starts: [Int] = [0]
        private var texts: [Substring] = []
        /// Set when a line asked for is not valid UTF-8.
        private(set) var isInvalid = false

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func line(_ number: Int) -> Substring? {
            while texts.count <= number, !isInvalid, let next = readLine() { texts.append(next) }
            return number < texts.count ? texts[number] : nil
        }

        /// Where line `number` starts, or the end of the file past the last line.
        mutating func start(ofLine number: Int) -> Int {
            _ = line(number)
            return number < texts.count ? starts[number] : bytes.count
        }

        /// The next line after those read, split on LF, CRLF and lone CR as `splitLines` does:
        /// the text after the last line end is one more line, even when empty.
        private mutating func readLine() -> Substring? {
            guard texts.count < starts.count else { return nil }
            let start = starts[texts.count]
            var end = start
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            if end < bytes.count {
                let next = bytes[end] == 0x0D && end + 1 < bytes.count && bytes[end + 1] == 0x0A ? end + 2 : end + 1
                starts.append(next)
            }
            guard let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) else {
                isInvalid = true
                return nil
            }
            return text[...]
        }
    }
}
