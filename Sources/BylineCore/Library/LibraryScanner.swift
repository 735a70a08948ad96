#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks a library folder and lists the files that may hold articles, apart from parsing them.
/// It never opens a file: FIFOs, sockets and devices are reported, not read, so a scan cannot
/// block. Symlinks are followed, but never out of the library and never into a folder twice.
public struct LibraryScanner: Sendable {
    public static let maximumFileSize: Int64 = 10 * 1024 * 1024
    public static let maximumDepth = 100

    public struct Result: Sendable {
        /// The files found, small (see `FoundFiles`); `files` lists them as records.
        public var found: FoundFiles
        public var skipped: [SkippedFile]
        /// Every folder read, as system paths: what a watcher must watch to see changes.
        public var folders: [[UInt8]] = []

        public var files: [LibraryFile] { found.files }
    }

    public let rootPath: String
    private let root: [UInt8]

    /// The folder's resolved path as it is on disk: `rootPath` stands in U+FFFD for bytes
    /// that are not UTF-8.
    public var rootBytes: [UInt8] { root }

    /// Resolves and checks the root; throws `LibraryError` when it is not a readable folder.
    public init(root: String) throws(LibraryError) {
        let bytes = Array(root.utf8)
        switch FileSystem.status(bytes, followLinks: true) {
        case .failure(let error) where error.isNotFound:
            throw .notFound(root)
        case .failure(let error):
            throw .unreadable(root, reason: error.message)
        case .success(let status) where status.kind != .directory:
            throw .notADirectory(root)
        case .success:
            break
        }
        guard case .success(let resolved) = FileSystem.realPath(bytes) else {
            throw .unreadable(root, reason: "cannot resolve the path")
        }
        if case .failure(let error) = FileSystem.entries(of: resolved) {
            throw .unreadable(root, reason: error.message)
        }
        self.root = resolved
        self.rootPath = String(decoding: resolved, as: UTF8.self)
    }

    /// `known`: what the last scan found. A file found unchanged is handed back as that
    /// record, sharing its strings, so a rescan does not hold a second copy of every path.
    public func scan(comparingWith known: IndexedFiles = [:]) -> Result {
        let shared = LibraryRoot(root)
        var walk = Walk(root: shared, known: known)
        // The top folder's own files here; each folder below it walked on whichever core is
        // free, then joined in name order. Symlinks still wait for the whole plain tree.
        walk.defersSubfolders = true
        walk.visit(folder: root, relative: [], depth: 0)
        var subWalks = walk.deferred.concurrentMap { entry in
            var sub = Walk(root: shared, known: known)
            sub.visit(folder: entry.path, relative: entry.relative, depth: entry.depth + 1)
            return sub
        }
        walk.found.reserveCapacity(subWalks.reduce(walk.found.count) { $0 + $1.found.count })
        for position in subWalks.indices {
            walk.absorb(subWalks[position])
            // Each part's list goes as soon as it is joined, so the whole library is never
            // listed twice over.
            subWalks[position] = Walk(root: shared, known: [:])
        }
        walk.defersSubfolders = false
        walk.followPendingLinks()
        return Result(found: walk.found, skipped: walk.skipped, folders: walk.folders)
    }
}

private struct Walk: Sendable {
    let root: [UInt8]
    /// The same bytes, shared by every file found (see `LibraryFile`).
    let libraryRoot: LibraryRoot
    /// At the top only: plain subfolders go to `deferred` instead of being walked at once.
    var defersSubfolders = false
    private(set) var deferred: [Entry] = []
    var found: FoundFiles
    var skipped: [SkippedFile] = []
    var folders: [[UInt8]] = []
    private var visitedFolders: Set<[UInt64]> = []
    /// Files by their identity on disk, to see one twice. Until links are followed only files
    /// with several hard links can be met twice, so only they are here: 100,000 entries cost
    /// more memory than the rest of a scan.
    private var seenFiles: [FileKey: String] = [:]
    /// True once `seenFiles` holds every file, as following symlinks needs.
    private var seesEveryFile = false
    /// Symlinks wait until the plain tree is walked, so a file or folder is always named by its
    /// real path when it has one, and a link to it is the duplicate.
    private var pendingLinks: [Entry] = []

    struct Entry: Sendable {
        var path: [UInt8]
        var relative: [UInt8]
        var section: String
        var name: [UInt8]
        var depth: Int
        /// In a Maildir's `cur` or `new`: every file is a message, whatever its name.
        var inMaildir = false
        /// The open folder holding the entry, while its folder is being read.
        var folder: Int32 = -1
    }

    init(root: LibraryRoot, known: IndexedFiles) {
        self.root = root.bytes
        libraryRoot = root
        found = FoundFiles(known: known)
    }

    /// `section` overrides the folder's own path as the section of what it holds (a Maildir's
    /// `cur` and `new` belong to the Maildir folder); `inMaildir` marks their files as messages.
    mutating func visit(folder: [UInt8], relative: [UInt8], depth: Int, section: String? = nil, inMaildir: Bool = false) {
        let display = Self.display(relative)
        guard depth <= LibraryScanner.maximumDepth else {
            skipped.append(.init(path: display, reason: "folder nested more than \(LibraryScanner.maximumDepth) deep"))
            return
        }
        if case .success(let status) = FileSystem.status(folder, followLinks: true) {
            guard visitedFolders.insert([status.device, status.inode]).inserted else {
                skipped.append(.init(path: display, reason: "folder already visited (symlink loop or second link)"))
                return
            }
        }
        let names: [[UInt8]]
        switch FileSystem.entries(of: folder) {
        case .success(let list): names = list
        case .failure(let error):
            skipped.append(.init(path: display.isEmpty ? "." : display, reason: "cannot read folder: \(error.message)"))
            return
        }
        folders.append(folder)
        let descriptor = FileSystem.openFolder(folder) ?? -1
        defer { if descriptor >= 0 { close(descriptor) } }
        let isMaildir = Self.maildirParts.allSatisfy { part in
            names.contains(part) && Self.isFolder(folder + [UInt8(ascii: "/")] + part)
        }
        for name in names where name.first != UInt8(ascii: ".") {
            // A Maildir's tmp holds messages still being delivered: not ours to read.
            if isMaildir && name == Array("tmp".utf8) { continue }
            let path = folder + [UInt8(ascii: "/")] + name
            let childRelative = relative.isEmpty ? name : relative + [UInt8(ascii: "/")] + name
            var entry = Entry(path: path, relative: childRelative, section: section ?? display, name: name, depth: depth)
            entry.inMaildir = inMaildir
            entry.folder = descriptor
            if isMaildir && Self.maildirParts.contains(name) {
                visit(folder: path, relative: childRelative, depth: depth + 1, section: display, inMaildir: true)
            } else {
                visit(entry)
            }
        }
    }

    /// Takes in what a walk of one subfolder found, as if this walk had found it: a file seen
    /// already (a hard link across folders) is the duplicate.
    mutating func absorb(_ other: Walk) {
        if other.seenFiles.isEmpty {
            // No file there has a second link, so none can be here already: all at once.
            found.append(contentsOf: other.found)
        } else {
            absorbFiles(of: other)
        }
        skipped += other.skipped
        folders += other.folders
        visitedFolders.formUnion(other.visitedFolders)
        pendingLinks += other.pendingLinks
    }

    private mutating func absorbFiles(of other: Walk) {
        for position in 0..<other.found.count {
            let file = other.found.file(at: position)
            let key = FileKey(device: file.device, inode: file.inode)
            // Only a file the other walk kept an eye on (several hard links) can be here already.
            guard other.seenFiles[key] != nil else {
                found.append(position, of: other.found)
                continue
            }
            if let first = seenFiles[key] {
                skipped.append(.init(path: file.path, reason: "same file as \(first)"))
            } else {
                seenFiles[key] = file.path
                found.append(position, of: other.found)
            }
        }
    }

    mutating func followPendingLinks() {
        if !pendingLinks.isEmpty, !seesEveryFile {
            // A link may lead to any file found so far; the first name found stays its name.
            for position in 0..<found.count {
                let file = found.file(at: position)
                let key = FileKey(device: file.device, inode: file.inode)
                if seenFiles[key] == nil { seenFiles[key] = file.path }
            }
            seesEveryFile = true
        }
        while !pendingLinks.isEmpty {
            let links = pendingLinks
            pendingLinks = []
            for link in links { follow(link) }
        }
    }

    private mutating func visit(_ entry: Entry) {
        let display = Self.display(entry.relative)
        let status = entry.folder >= 0
            ? FileSystem.status(in: entry.folder, name: entry.name) : FileSystem.status(entry.path, followLinks: false)
        guard case .success(let status) = status else {
            skipped.append(.init(path: display, reason: "vanished while scanning"))
            return
        }
        if status.kind == .symlink {
            var link = entry
            link.folder = -1  // followed after its folder is closed
            pendingLinks.append(link)
        } else {
            handle(entry, status: status, display: display)
        }
    }

    private mutating func follow(_ entry: Entry) {
        let display = Self.display(entry.relative)
        switch FileSystem.realPath(entry.path) {
        case .failure(let error) where error.isLoop:
            skipped.append(.init(path: display, reason: "symlink loop"))
        case .failure(let error) where error.isNotFound:
            skipped.append(.init(path: display, reason: "dangling symlink"))
        case .failure(let error):
            skipped.append(.init(path: display, reason: "cannot follow symlink: \(error.message)"))
        case .success(let target) where target != root && !target.starts(with: root + [UInt8(ascii: "/")]):
            skipped.append(.init(path: display, reason: "symlink leads out of the library"))
        case .success:
            guard case .success(let followed) = FileSystem.status(entry.path, followLinks: true) else {
                skipped.append(.init(path: display, reason: "dangling symlink"))
                return
            }
            handle(entry, status: followed)
        }
    }

    private mutating func handle(_ entry: Entry, status: FileSystem.Status, display: String? = nil) {
        let display = display ?? Self.display(entry.relative)
        switch status.kind {
        case .directory where defersSubfolders && entry.depth == 0:
            var later = entry
            later.folder = -1
            deferred.append(later)
        case .directory:
            visit(folder: entry.path, relative: entry.relative, depth: entry.depth + 1)
        case .regular:
            addFile(entry, display: display, status: status)
        case .fifo:
            skipped.append(.init(path: display, reason: "not a regular file (FIFO)"))
        case .socket:
            skipped.append(.init(path: display, reason: "not a regular file (socket)"))
        case .device:
            skipped.append(.init(path: display, reason: "not a regular file (device)"))
        case .symlink, .other:
            skipped.append(.init(path: display, reason: "not a regular file"))
        }
    }

    private mutating func addFile(_ entry: Entry, display: String, status: FileSystem.Status) {
        // The extension, worked out once: it decides both whether and how the file is read.
        let ext = ArticleFileKind.fileExtension(String(decoding: entry.name, as: UTF8.self))
        let hinted = ext.flatMap { ArticleFileKind.extensions[$0] }
        guard entry.inMaildir || ext == nil || hinted != nil else {
            skipped.append(.init(path: display, reason: "not an article file (unknown extension)"))
            return
        }
        guard status.isReadable else {
            skipped.append(.init(path: display, reason: "permission denied"))
            return
        }
        guard status.size <= LibraryScanner.maximumFileSize else {
            skipped.append(.init(path: display, reason: "larger than 10 MiB"))
            return
        }
        // Hard links and symlinks to a file inside the library name one article, not two.
        if status.linkCount > 1 || seesEveryFile {
            let key = FileKey(device: status.device, inode: status.inode)
            if let first = seenFiles[key] {
                skipped.append(.init(path: display, reason: "same file as \(first)"))
                return
            }
            seenFiles[key] = display
        }
        let file = LibraryFile(
            path: display, section: entry.section, systemPath: entry.path, under: libraryRoot, size: status.size,
            modificationTimeNanoseconds: status.modificationTimeNanoseconds,
            device: status.device, inode: status.inode,
            formatHint: entry.inMaildir ? .message : hinted)
        // Compared with the last scan's table, the one `found` holds.
        if let slot = found.known.slot(of: display), let before = found.known[slot: slot], before.matches(file) {
            found.appendKnown(slot: slot)
        } else {
            found.append(file)
        }
    }

    static let maildirParts = [Array("cur".utf8), Array("new".utf8)]

    /// A file's identity on disk, to see a hard link or symlink twice.
    private struct FileKey: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    static func isFolder(_ path: [UInt8]) -> Bool {
        if case .success(let status) = FileSystem.status(path, followLinks: true) { return status.kind == .directory }
        return false
    }

    /// Relative paths for people: invalid UTF-8 shows as U+FFFD.
    static func display(_ relative: [UInt8]) -> String {
        String(decoding: relative, as: UTF8.self)
    }
}
