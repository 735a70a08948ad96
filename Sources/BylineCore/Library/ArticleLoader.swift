/// Turns one library file into its article: read, reject binaries, decode, parse. Pure apart
/// from reading the file, and safe to call from several threads at once.
public enum ArticleLoader {
    public struct Loaded: Sendable {
        public var summary: ArticleSummary
        public var article: Article
    }

    public static func load(_ file: LibraryFile) -> Result<Loaded, SkippedFile> {
        let bytes: [UInt8]
        switch FileReader.read(file.systemPath, limit: LibraryScanner.maximumFileSize) {
        case .success(let read): bytes = read
        case .failure(let failure): return .failure(.init(path: file.path, reason: failure.reason))
        }
        return parse(bytes, file: file)
    }

    /// The parsing half of `load`, for bytes already in hand.
    public static func parse(_ bytes: [UInt8], file: LibraryFile) -> Result<Loaded, SkippedFile> {
        if bytes.isEmpty { return .failure(.init(path: file.path, reason: "empty file")) }
        if TextDecoder.looksBinary(bytes) {
            return .failure(.init(path: file.path, reason: "binary file, not text"))
        }
        let text = TextDecoder.decode(bytes).text
        guard let article = PlainTextParser.parse(text, fallbackDate: file.modificationDate) else {
            return .failure(.init(path: file.path, reason: "no text in file"))
        }
        let summary = ArticleSummary(
            file: file, contentHash: ContentHash.of(bytes), title: article.title,
            date: article.date ?? file.modificationDate, format: article.format, words: article.wordCount)
        return .success(Loaded(summary: summary, article: article))
    }
}
