#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file safely: opened non-blocking so a FIFO swapped in after the scan cannot hang
/// us, checked again with `fstat` on the open descriptor, and capped in size.
enum FileReader {
    enum Failure: Error, Equatable {
        case cannotOpen(String)
        case notRegular
        case tooLarge
        case readFailed(String)

        var reason: String {
            switch self {
            case .cannotOpen(let message): "cannot open: \(message)"
            case .notRegular: "not a regular file"
            case .tooLarge: "larger than 10 MiB"
            case .readFailed(let message): "read failed: \(message)"
            }
        }
    }

    static func read(_ path: [UInt8], limit: Int64) -> Result<[UInt8], Failure> {
        let fd = FileSystem.withCString(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) }
        guard fd >= 0 else { return .failure(.cannotOpen(Errno(errno).message)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.readFailed(Errno(errno).message)) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular) }
        guard Int64(info.st_size) <= limit else { return .failure(.tooLarge) }

        // The size may change while we read (a file being rewritten): read until EOF, up to the cap.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.readFailed(Errno(errno).message))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if Int64(bytes.count) > limit { return .failure(.tooLarge) }
        }
        return .success(bytes)
    }
}
