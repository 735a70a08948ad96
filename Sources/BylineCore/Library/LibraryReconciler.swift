/// Brings what the index knew up to date with a fresh scan: files whose fingerprint still
/// matches keep their indexed articles; new and changed files are parsed, on all cores; files
/// gone from the scan are reported for removal.
public enum LibraryReconciler {
    public struct Result: Sendable {
        /// Every article of the library, in scan order.
        public var articles: [ArticleSummary]
        /// Files that gave no article, with reasons, by path.
        public var skipped: [SkippedFile]
        /// Files that loaded with a note from their parser.
        public var warnings: [SkippedFile]
        /// New and changed files, for the index to store.
        public var changed: [IndexedFile]
        /// Paths the index holds that the scan no longer found.
        public var removed: [String]
        /// How many files were parsed rather than reused.
        public var parsedCount: Int
        /// The folders the scan read (see `LibraryScanner.Result.folders`).
        public var folders: [[UInt8]] = []
    }

    /// Files are parsed in batches of this many, and `progress` is told after each.
    static let batchSize = 256

    /// `scan` must have been compared with this same `index` (or with nothing): the outcomes
    /// of the files it found unchanged are taken from its table as they are.
    /// `progress(done, total)` counts files, reused ones included; `parsed` gets the articles
    /// of each batch as it is parsed, so a first scan can show them as they arrive. Both are
    /// called from the calling thread only.
    public static func reconcile(
        _ scan: LibraryScanner.Result, index: IndexedFiles, progress: (Int, Int) -> Void = { _, _ in },
        parsed: ([ArticleSummary]) -> Void = { _ in }
    ) -> Result {
        let found = scan.found
        // Each file's outcome, as the indexed file that holds it: a pointer each, shared with
        // the index's table, where the outcomes themselves took three times that and an array
        // of their own for every file of one article.
        var outcomes = [IndexedFile?](repeating: nil, count: found.count)
        var toParse: [Int] = []
        for position in 0..<found.count {
            if let known = found.knownFile(at: position) {
                // The scan compared this file with the index already.
                outcomes[position] = known
                continue
            }
            let file = found.file(at: position)
            if let known = index[file.path], known.matches(file) {
                outcomes[position] = known
            } else {
                toParse.append(position)
            }
        }
        let total = found.count
        var done = total - toParse.count
        progress(done, total)
        var changed: [IndexedFile] = []
        changed.reserveCapacity(toParse.count)
        var start = 0
        while start < toParse.count {
            let batch = Array(toParse[start..<min(start + batchSize, toParse.count)])
            let batchOutcomes = batch.concurrentMap { position in outcome(of: found.file(at: position)) }
            var articles: [ArticleSummary] = []
            for (position, outcome) in zip(batch, batchOutcomes) {
                let indexed = IndexedFile(file: found.file(at: position), outcome: outcome)
                outcomes[position] = indexed
                changed.append(indexed)
                if case .articles(let summaries, _) = outcome { articles += summaries }
            }
            parsed(articles)
            start += batch.count
            done += batch.count
            progress(done, total)
        }

        var result = Result(
            articles: [], skipped: scan.skipped, warnings: [], changed: changed, removed: [],
            parsedCount: toParse.count, folders: scan.folders)
        result.articles.reserveCapacity(total)
        for (position, indexed) in outcomes.enumerated() {
            if let article = indexed?.onlyArticle {
                result.articles.append(article)
                continue
            }
            switch indexed?.outcome {
            case .articles(let summaries, let warnings)?:
                // A reused outcome matched the scan on every field but the path it was found
                // under, which is the same key: its summaries stand as they are.
                result.articles.append(contentsOf: summaries)
                if !warnings.isEmpty {
                    let path = found.file(at: position).path
                    result.warnings.append(contentsOf: warnings.map { SkippedFile(path: path, reason: $0) })
                }
            case .skipped(let reason)?:
                result.skipped.append(SkippedFile(path: found.file(at: position).path, reason: reason))
            case nil:
                break
            }
        }
        result.skipped.sort { $0.path < $1.path }
        // Every indexed path reused means none is gone: no need to hash 100,000 paths again.
        if total - toParse.count < index.count {
            let scanned = Set((0..<found.count).map { found.file(at: $0).path })
            result.removed = index.paths.filter { !scanned.contains($0) }.sorted()
        }
        return result
    }

    static func outcome(of file: LibraryFile) -> IndexedFile.Outcome {
        switch ArticleLoader.summarize(file) {
        case .success(let loaded): .articles(loaded.summaries, warnings: loaded.warnings)
        case .failure(let skipped): .skipped(reason: skipped.reason)
        }
    }
}
