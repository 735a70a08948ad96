/// Turns one library file into its articles: read, reject binaries, decode, detect the format,
/// parse. Pure apart from reading the file, and safe to call from several threads at once.
public enum ArticleLoader {
    public struct Loaded: Sendable {
        public var summary: ArticleSummary
        public var article: Article
    }

    public struct LoadedFile: Sendable {
        public var items: [Loaded]
        /// Notes for `byline check` about guesses the parser made.
        public var warnings: [String]
    }

    public static func load(_ file: LibraryFile) -> Result<LoadedFile, SkippedFile> {
        read(file).flatMap { parse($0, file: file) }
    }

    private static func read(_ file: LibraryFile) -> Result<[UInt8], SkippedFile> {
        FileReader.read(file.systemPath, limit: LibraryScanner.maximumFileSize)
            .mapError { SkippedFile(path: file.path, reason: $0.reason) }
    }

    /// What the lists need of one file's articles, without their bodies.
    public struct SummarizedFile: Sendable {
        public var summaries: [ArticleSummary]
        public var warnings: [String]
    }

    /// `load` for the index: the same summaries, but plain text (most of a large library) is
    /// summarized in one pass over its bytes instead of parsed whole.
    public static func summarize(_ file: LibraryFile) -> Result<SummarizedFile, SkippedFile> {
        read(file).flatMap { summarize($0, file: file) }
    }

    static func summarize(_ bytes: [UInt8], file: LibraryFile) -> Result<SummarizedFile, SkippedFile> {
        if let problem = unreadable(bytes, file: file) { return .failure(problem) }
        let format = file.formatHint ?? FormatSniffer.format(of: bytes)
        if format == .text, let quick = bytes.withUnsafeBufferPointer({
            PlainTextSummarizer.summarize($0, fallbackDate: file.modificationDate)
        }) {
            let summary = ArticleSummary(
                file: file, contentHash: quick.contentHash, title: quick.title, date: quick.date, format: .text,
                words: quick.words)
            return .success(SummarizedFile(summaries: [summary], warnings: []))
        }
        return parse(bytes, file: file, as: format)
            .map { SummarizedFile(summaries: $0.items.map(\.summary), warnings: $0.warnings) }
    }

    /// The body of one article the lists know, read again from its file.
    public static func article(for summary: ArticleSummary) -> Result<Article, SkippedFile> {
        load(summary.file).flatMap { loaded in
            if let match = loaded.items.first(where: { $0.summary.itemKey == summary.itemKey }) {
                return .success(match.article)
            }
            return .failure(.init(path: summary.path, reason: "the article is no longer in its file"))
        }
    }

    /// The parsing half of `load`, for bytes already in hand.
    public static func parse(_ bytes: [UInt8], file: LibraryFile) -> Result<LoadedFile, SkippedFile> {
        if let problem = unreadable(bytes, file: file) { return .failure(problem) }
        return parse(bytes, file: file, as: file.formatHint ?? FormatSniffer.format(of: bytes))
    }

    /// Why `bytes` cannot be an article at all, whatever their format.
    private static func unreadable(_ bytes: [UInt8], file: LibraryFile) -> SkippedFile? {
        if bytes.isEmpty { return SkippedFile(path: file.path, reason: "empty file") }
        if TextDecoder.looksBinary(bytes) { return SkippedFile(path: file.path, reason: "binary file, not text") }
        return nil
    }

    /// `parse` once the bytes passed `unreadable` and their format is known.
    private static func parse(_ bytes: [UInt8], file: LibraryFile, as format: ArticleFormat) -> Result<LoadedFile, SkippedFile> {
        let parsed: ParsedFile
        switch FormatParsers.parse(bytes, as: format, file: file) {
        case .success(let result): parsed = result
        case .failure(let failure): return .failure(.init(path: file.path, reason: failure.reason))
        }
        let fileHash = ContentHash.of(bytes)
        let items = parsed.items.map { item in
            let article = item.article
            let hash = parsed.items.count == 1 ? fileHash : ContentHash.of(itemDigestSource(item).utf8)
            let section = item.sectionSuffix.map(sectionName).map { file.section.isEmpty ? $0 : file.section + "/" + $0 }
            let summary = ArticleSummary(
                file: file, itemKey: item.key, contentHash: hash, title: article.title,
                date: article.date ?? file.modificationDate, format: article.format, words: article.wordCount,
                section: section, author: article.author, link: article.link)
            return Loaded(summary: summary, article: article)
        }
        return .success(LoadedFile(items: items, warnings: parsed.warnings))
    }

    /// A feed title as one section level: "AC/DC News" must not become two nested sections, so
    /// its slashes become the look-alike division slash.
    static func sectionName(_ title: String) -> String {
        String(title.map { $0 == "/" ? "\u{2215}" : $0 })
    }

    /// What a feed item's content hash covers, so an item keeps its identity when other items of
    /// its feed change.
    private static func itemDigestSource(_ item: ParsedItem) -> String {
        ([item.key ?? "", item.article.title] + item.article.paragraphs).joined(separator: "\u{0}")
    }
}
