import Dispatch

/// Scans a library and parses every file on all cores, keeping summaries only.
public enum LibraryLoader {
    public struct Result: Sendable {
        public var articles: [ArticleSummary]
        public var skipped: [SkippedFile]
        /// Files that loaded, with a note about a guess (an unknown charset and the like).
        public var warnings: [SkippedFile]
    }

    public static func load(_ scanner: LibraryScanner) -> Result {
        let scan = scanner.scan()
        let outcomes = scan.files.concurrentMap { file in
            ArticleLoader.load(file).map { loaded in (loaded.items.map(\.summary), loaded.warnings) }
        }
        var articles: [ArticleSummary] = []
        var skipped = scan.skipped
        var warnings: [SkippedFile] = []
        articles.reserveCapacity(outcomes.count)
        for (file, outcome) in zip(scan.files, outcomes) {
            switch outcome {
            case .success(let (summaries, notes)):
                articles.append(contentsOf: summaries)
                warnings.append(contentsOf: notes.map { SkippedFile(path: file.path, reason: $0) })
            case .failure(let problem):
                skipped.append(problem)
            }
        }
        skipped.sort { $0.path < $1.path }
        return Result(articles: articles, skipped: skipped, warnings: warnings)
    }
}

extension Array where Element: Sendable {
    /// `map` spread over the machine's cores, results in order.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots[index] = transform(self[index])
            }
        }
        return results.compactMap { $0 }
    }
}
