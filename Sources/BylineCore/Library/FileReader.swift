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

        // Straight into the array, sized by fstat with one byte to spare so that a file which
        // did not grow is read in full without a second buffer.
        var failure: Failure?
        var bytes = [UInt8](unsafeUninitializedCapacity: Int(info.st_size) + 1) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            while initialized < buffer.count {
                let count = Glibc.read(fd, base + initialized, buffer.count - initialized)
                if count < 0, errno == EINTR { continue }
                if count < 0 { failure = .readFailed(Errno(errno).message) }
                if count <= 0 { return }
                initialized += count
                // All that fstat promised, in fewer bytes than asked for: the end of the file,
                // without one more call to be told so (a cold index makes 100,000 of them).
                if initialized == Int(info.st_size) { return }
            }
        }
        if let failure { return .failure(failure) }
        // The size may change while we read (a file being rewritten): read on until EOF, up to the cap.
        var chunk = [UInt8](repeating: 0, count: bytes.count == Int(info.st_size) + 1 ? 65_536 : 0)
        while !chunk.isEmpty {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.readFailed(Errno(errno).message))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if Int64(bytes.count) > limit { return .failure(.tooLarge) }
        }
        if Int64(bytes.count) > limit { return .failure(.tooLarge) }
        return .success(bytes)
    }
}
