/// A regular file the scanner found that may hold articles. Its `path` names it for people and
/// for identity; `systemPath` gives the exact bytes needed to open it (names need not be UTF-8).
public struct LibraryFile: Hashable, Sendable {
    /// Relative to the library root, "/"-separated ("science/space/probe.txt").
    public var path: String
    /// The folder part of `path` ("science/space"), "" for the root.
    public var section: String
    public var size: Int64
    public var modificationTimeNanoseconds: Int64
    public var device: UInt64
    public var inode: UInt64
    private var location: Location
    /// The format the file's name or place promises (a Maildir file is a message); nil when
    /// its content must tell. Last, so that a summary's one-byte fields can follow it
    /// without padding.
    public var formatHint: ArticleFormat?

    /// Where the file is on disk. Nearly every file is its root plus its UTF-8 path, and the
    /// root is one object shared by all of them: a copy of the absolute path in every one of
    /// 100,000 files cost more memory than their titles.
    private enum Location: Sendable {
        case under(LibraryRoot)
        case exact([UInt8])
    }

    /// A file at exactly `systemPath`.
    public init(
        path: String, section: String, systemPath: [UInt8], size: Int64,
        modificationTimeNanoseconds: Int64, device: UInt64, inode: UInt64, formatHint: ArticleFormat? = nil
    ) {
        self.init(
            path: path, section: section, location: .exact(systemPath), size: size,
            modificationTimeNanoseconds: modificationTimeNanoseconds, device: device, inode: inode,
            formatHint: formatHint)
    }

    /// A file at `systemPath`, kept as `root` plus `path` when that is what it is.
    public init(
        path: String, section: String, systemPath: [UInt8], under root: LibraryRoot, size: Int64,
        modificationTimeNanoseconds: Int64, device: UInt64, inode: UInt64, formatHint: ArticleFormat? = nil
    ) {
        self.init(
            path: path, section: section,
            location: root.contains(systemPath, as: path) ? .under(root) : .exact(systemPath), size: size,
            modificationTimeNanoseconds: modificationTimeNanoseconds, device: device, inode: inode,
            formatHint: formatHint)
    }

    private init(
        path: String, section: String, location: Location, size: Int64, modificationTimeNanoseconds: Int64,
        device: UInt64, inode: UInt64, formatHint: ArticleFormat?
    ) {
        self.path = path
        self.section = section
        self.location = location
        self.size = size
        self.modificationTimeNanoseconds = modificationTimeNanoseconds
        self.device = device
        self.inode = inode
        self.formatHint = formatHint
    }

    /// A file at `root`, a slash, then `path` in UTF-8.
    public init(
        path: String, section: String, under root: LibraryRoot, size: Int64, modificationTimeNanoseconds: Int64,
        device: UInt64, inode: UInt64, formatHint: ArticleFormat? = nil
    ) {
        self.init(
            path: path, section: section, location: .under(root), size: size,
            modificationTimeNanoseconds: modificationTimeNanoseconds, device: device, inode: inode,
            formatHint: formatHint)
    }

    /// True when the file is `root`, a slash, then its path: `systemPath` follows from those.
    public func isUnder(_ root: LibraryRoot) -> Bool {
        if case .under(let own) = location { own == root } else { false }
    }

    /// Absolute path as raw bytes, without the terminating NUL.
    public var systemPath: [UInt8] {
        get {
            switch location {
            case .under(let root): root.bytes + [UInt8(ascii: "/")] + Array(path.utf8)
            case .exact(let bytes): bytes
            }
        }
        set { location = .exact(newValue) }
    }

    /// True when both name the same bytes on disk; without building either when both are
    /// their root plus their path.
    public func hasSameSystemPath(as other: LibraryFile) -> Bool {
        if case .under(let root) = location, case .under(let otherRoot) = other.location, root == otherRoot {
            // By bytes: `String ==` takes "café" spelled with a combining accent for the
            // precomposed one, and a file renamed from one to the other is a different name on disk.
            return path.utf8.elementsEqual(other.path.utf8)
        }
        return systemPath == other.systemPath
    }

    public static func == (a: LibraryFile, b: LibraryFile) -> Bool {
        a.path == b.path && a.section == b.section && a.size == b.size
            && a.modificationTimeNanoseconds == b.modificationTimeNanoseconds && a.device == b.device
            && a.inode == b.inode && a.formatHint == b.formatHint && a.hasSameSystemPath(as: b)
    }

    /// Every field but where the file is, which follows from the path nearly always: equal
    /// files still hash alike.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(section)
        hasher.combine(size)
        hasher.combine(modificationTimeNanoseconds)
        hasher.combine(device)
        hasher.combine(inode)
        hasher.combine(formatHint)
    }

    /// The modification time as a date in UTC, for articles without a date line.
    public var modificationDate: ArticleDate {
        ArticleDate(
            instant: .init(timeIntervalSince1970: Double(modificationTimeNanoseconds) / 1_000_000_000),
            utcOffsetSeconds: 0, isEstimated: true)
    }
}
