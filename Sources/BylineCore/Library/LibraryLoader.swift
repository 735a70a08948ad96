import Dispatch

/// Scans a library and parses every file on all cores, keeping summaries only.
public enum LibraryLoader {
    public struct Result: Sendable {
        public var articles: [ArticleSummary]
        public var skipped: [SkippedFile]
        /// Files that loaded, with a note about a guess (an unknown charset and the like).
        public var warnings: [SkippedFile]
    }

    /// Everything parsed afresh: the command line without an index, and tests.
    public static func load(_ scanner: LibraryScanner) -> Result {
        let reconciled = LibraryReconciler.reconcile(scanner.scan(), index: [:])
        return Result(articles: reconciled.articles, skipped: reconciled.skipped, warnings: reconciled.warnings)
    }
}

extension Array where Element: Sendable {
    /// `map` spread over the machine's cores, results in order.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
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
