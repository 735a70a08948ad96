/// What loading one file gave, kept with the file's fingerprint so the next scan can reuse it
/// without reading the file while the fingerprint still matches.
public struct IndexedFile: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        /// The file's articles and the notes its parser left.
        case articles([ArticleSummary], warnings: [String])
        /// Why the file gave no article.
        case skipped(reason: String)
    }

    /// One shared object, the same as its articles' (see `LibraryFile`).
    public var file: LibraryFile
    public var outcome: Outcome

    public init(file: LibraryFile, outcome: Outcome) {
        self.file = file
        self.outcome = outcome
    }

    /// True when `other` (a fresh scan of the same path) may reuse this file's outcome: same
    /// size, modification time to the nanosecond, inode, device, real path and format hint.
    /// Editors that save by rename change the inode; `touch` changes the time: both reparse.
    public func matches(_ other: LibraryFile) -> Bool {
        file.size == other.size && file.modificationTimeNanoseconds == other.modificationTimeNanoseconds
            && file.inode == other.inode && file.device == other.device && file.hasSameSystemPath(as: other)
            && file.section == other.section && file.formatHint == other.formatHint
    }
}
