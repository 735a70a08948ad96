#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin, throwing-free wrappers over the POSIX calls the scanner and reader need. POSIX rather than
/// FileManager: names may not be UTF-8, FIFOs must never be opened blocking, and a 100,000-file
/// walk should cost one `readdir` and one `stat` per entry.
enum FileSystem {
    struct Status {
        enum Kind { case regular, directory, symlink, fifo, socket, device, other }
        var kind: Kind
        var size: Int64
        var modificationTimeNanoseconds: Int64
        var device: UInt64
        var inode: UInt64
        /// Hard links to the file, itself included.
        var linkCount: UInt64 = 1
        var isReadable: Bool
    }

    static func status(_ path: [UInt8], followLinks: Bool) -> Result<Status, Errno> {
        var info = stat()
        let rc = withCString(path) { followLinks ? stat($0, &info) : lstat($0, &info) }
        guard rc == 0 else { return .failure(Errno(errno)) }
        return .success(status(of: info, readable: withCString(path) { access($0, R_OK) } == 0))
    }

    /// `name` in an open folder, without the kernel walking the whole path again: a large
    /// library's scan is one of these per file.
    static func status(in folder: Int32, name: [UInt8]) -> Result<Status, Errno> {
        var info = stat()
        let rc = withCString(name) { fstatat(folder, $0, &info, AT_SYMLINK_NOFOLLOW) }
        guard rc == 0 else { return .failure(Errno(errno)) }
        return .success(status(of: info, readable: withCString(name) { faccessat(folder, $0, R_OK, 0) } == 0))
    }

    /// Opens a folder for `status(in:name:)`; the caller closes the descriptor.
    static func openFolder(_ path: [UInt8]) -> Int32? {
        let descriptor = withCString(path) { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        return descriptor >= 0 ? descriptor : nil
    }

    private static func status(of info: stat, readable: Bool) -> Status {
        let mode = info.st_mode & S_IFMT
        let kind: Status.Kind = switch mode {
        case S_IFREG: .regular
        case S_IFDIR: .directory
        case S_IFLNK: .symlink
        case S_IFIFO: .fifo
        case S_IFSOCK: .socket
        case S_IFCHR, S_IFBLK: .device
        default: .other
        }
        return Status(
            kind: kind, size: Int64(info.st_size),
            modificationTimeNanoseconds: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), linkCount: UInt64(info.st_nlink),
            isReadable: readable)
    }

    /// The names in a folder (without "." and ".."), as raw bytes, sorted for a stable order.
    static func entries(of path: [UInt8]) -> Result<[[UInt8]], Errno> {
        guard let dir = withCString(path, { opendir($0) }) else { return .failure(Errno(errno)) }
        defer { closedir(dir) }
        var names: [[UInt8]] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        names.sort { $0.lexicographicallyPrecedes($1) }
        return .success(names)
    }

    /// The canonical absolute path, or the reason there is none (ELOOP for loops, ENOENT for
    /// dangling links).
    static func realPath(_ path: [UInt8]) -> Result<[UInt8], Errno> {
        guard let resolved = withCString(path, { realpath($0, nil) }) else { return .failure(Errno(errno)) }
        defer { free(resolved) }
        let length = strlen(resolved)
        return .success(resolved.withMemoryRebound(to: UInt8.self, capacity: length) {
            Array(UnsafeBufferPointer(start: $0, count: length))
        })
    }

    /// On the stack, not the heap: a scan makes a few of these per file.
    static func withCString<R>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: path.count + 1) { buffer in
            path.withUnsafeBytes { bytes in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: bytes)
            }
            buffer[path.count] = 0
            // A buffer of at least one element always has an address; "" only satisfies the type.
            return buffer.baseAddress.map { body($0) } ?? body("")
        }
    }
}

/// A POSIX error number with its message.
struct Errno: Error, Equatable {
    var code: Int32
    init(_ code: Int32) { self.code = code }
    var message: String { String(cString: strerror(code)) }
    var isNotFound: Bool { code == ENOENT }
    var isLoop: Bool { code == ELOOP }
}
