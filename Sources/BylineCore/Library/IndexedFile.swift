/// What loading one file gave, kept with the file's fingerprint so the next scan can reuse it
/// without reading the file while the fingerprint still matches.
public struct IndexedFile: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        /// The file's articles and the notes its parser left.
        case articles([ArticleSummary], warnings: [String])
        /// Why the file gave no article.
        case skipped(reason: String)
    }

    /// Fixed at `init`: the file may be read from it.
    public let outcome: Outcome
    /// The file, unless it is its first article's own: a file with articles is nearly every
    /// file, and a second copy of each in the index snapshot cost as much as the snapshot.
    /// Boxed, so that when there is none it takes a pointer's room rather than a file's.
    private let ownFile: Box?

    private final class Box: Sendable {
        let file: LibraryFile
        init(_ file: LibraryFile) { self.file = file }
    }

    public init(file: LibraryFile, outcome: Outcome) {
        self.outcome = outcome
        ownFile = Self.firstArticleFile(of: outcome) == file ? nil : Box(file)
    }

    public var file: LibraryFile {
        if let ownFile { return ownFile.file }
        // `init` leaves no box only when there is a first article.
        return Self.firstArticleFile(of: outcome) ?? LibraryFile(
            path: "", section: "", systemPath: [], size: 0, modificationTimeNanoseconds: 0, device: 0, inode: 0)
    }

    private static func firstArticleFile(of outcome: Outcome) -> LibraryFile? {
        if case .articles(let summaries, _) = outcome { summaries.first?.file } else { nil }
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
