/// A regular file the scanner found that may hold articles. Its `path` names it for people and
/// for identity; `systemPath` keeps the exact bytes needed to open it (names need not be UTF-8).
public struct LibraryFile: Hashable, Sendable {
    /// Relative to the library root, "/"-separated ("science/space/probe.txt").
    public var path: String
    /// The folder part of `path` ("science/space"), "" for the root.
    public var section: String
    /// Absolute path as raw bytes, without the terminating NUL.
    public var systemPath: [UInt8]
    public var size: Int64
    public var modificationTimeNanoseconds: Int64
    public var device: UInt64
    public var inode: UInt64
    /// The format the file's name or place promises (a Maildir file is a message); nil when
    /// its content must tell.
    public var formatHint: ArticleFormat?

    public init(
        path: String, section: String, systemPath: [UInt8], size: Int64,
        modificationTimeNanoseconds: Int64, device: UInt64, inode: UInt64, formatHint: ArticleFormat? = nil
    ) {
        self.formatHint = formatHint
        self.path = path
        self.section = section
        self.systemPath = systemPath
        self.size = size
        self.modificationTimeNanoseconds = modificationTimeNanoseconds
        self.device = device
        self.inode = inode
    }

    /// The modification time as a date in UTC, for articles without a date line.
    public var modificationDate: ArticleDate {
        ArticleDate(
            instant: .init(timeIntervalSince1970: Double(modificationTimeNanoseconds) / 1_000_000_000),
            utcOffsetSeconds: 0, isEstimated: true)
    }
}
