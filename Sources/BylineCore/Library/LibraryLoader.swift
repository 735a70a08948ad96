import Dispatch

/// Scans a library and parses every file on all cores, keeping summaries only.
public enum LibraryLoader {
    public struct Result: Sendable {
        public var articles: [ArticleSummary]
        public var skipped: [SkippedFile]
    }

    public static func load(_ scanner: LibraryScanner) -> Result {
        let scan = scanner.scan()
        let outcomes = scan.files.concurrentMap { ArticleLoader.load($0).map(\.summary) }
        var articles: [ArticleSummary] = []
        var skipped = scan.skipped
        articles.reserveCapacity(outcomes.count)
        for outcome in outcomes {
            switch outcome {
            case .success(let summary): articles.append(summary)
            case .failure(let problem): skipped.append(problem)
            }
        }
        skipped.sort { $0.path < $1.path }
        return Result(articles: articles, skipped: skipped)
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
