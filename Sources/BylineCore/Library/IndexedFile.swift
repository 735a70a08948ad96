/// What loading one file gave, kept with the file's fingerprint so the next scan can reuse it
/// without reading the file while the fingerprint still matches.
public struct IndexedFile: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        /// The file's articles and the notes its parser left.
        case articles([ArticleSummary], warnings: [String])
        /// Why the file gave no article.
        case skipped(reason: String)
    }

    /// What is kept: nearly every file is one article with no parser notes, and that is kept
    /// as the article alone (its file is the article's own). Anything else sits in one object.
    /// Either way a pointer's room, where the outcome and the file inline took 32 bytes and a
    /// one-element array of their own in each of 100,000 entries of a scan's table.
    private let kept: Kept

    private enum Kept: Sendable {
        case single(ArticleSummary)
        case other(Other)
    }

    private final class Other: Sendable {
        let file: LibraryFile
        let outcome: Outcome

        init(file: LibraryFile, outcome: Outcome) {
            self.file = file
            self.outcome = outcome
        }
    }

    public init(file: LibraryFile, outcome: Outcome) {
        if case .articles(let summaries, let warnings) = outcome, summaries.count == 1, warnings.isEmpty,
           summaries[0].file == file {
            kept = .single(summaries[0])
        } else {
            kept = .other(Other(file: file, outcome: outcome))
        }
    }

    /// Fixed at `init`: the file may be read from it.
    public var outcome: Outcome {
        switch kept {
        case .single(let summary): .articles([summary], warnings: [])
        case .other(let other): other.outcome
        }
    }

    /// The file's one article when it has exactly one and no notes: what nearly every file
    /// is, read without building the outcome's array.
    public var onlyArticle: ArticleSummary? {
        if case .single(let summary) = kept { summary } else { nil }
    }

    public var file: LibraryFile {
        switch kept {
        case .single(let summary): summary.file
        case .other(let other): other.file
        }
    }

    public static func == (a: IndexedFile, b: IndexedFile) -> Bool {
        a.file == b.file && a.outcome == b.outcome
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(outcome)
    }

    /// True when `other` (a fresh scan of the same path) may reuse this file's outcome: same
    /// size, modification time to the nanosecond, inode, device, real path and format hint.
    /// Editors that save by rename change the inode; `touch` changes the time: both reparse.
    public func matches(_ other: LibraryFile) -> Bool {
        let file = file
        return file.size == other.size && file.modificationTimeNanoseconds == other.modificationTimeNanoseconds
            && file.inode == other.inode && file.device == other.device && file.hasSameSystemPath(as: other)
            && file.section == other.section && file.formatHint == other.formatHint
    }
}
