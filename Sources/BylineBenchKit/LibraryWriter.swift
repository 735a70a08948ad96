import Dispatch
import Foundation
import Synchronization

/// Writes a synthetic library to disk on every core. 100,000 files is about half a gigabyte,
/// so files go out through plain `open`/`write` rather than Foundation's `Data` round trips.
public enum LibraryWriter {
    public struct Summary: Sendable, Codable {
        public var files: Int
        public var bytes: Int
        public var words: Int
    }

    public enum WriteError: Error, CustomStringConvertible {
        case cannotWrite(String, errno: Int32)

        public var description: String {
            switch self {
            case .cannotWrite(let path, let code): "cannot write \(path): \(String(cString: strerror(code)))"
            }
        }
    }

    /// Writes articles 0..<count into `root` (created when missing).
    public static func write(count: Int, to root: String, generator: ArticleGenerator = ArticleGenerator()) throws
        -> Summary {
        for section in LibrarySections.all {
            try FileManager.default.createDirectory(
                atPath: root + "/" + section, withIntermediateDirectories: true)
        }
        let chunk = 500
        let chunks = (count + chunk - 1) / chunk
        let totals = Mutex(Summary(files: 0, bytes: 0, words: 0))
        let firstError = Mutex<WriteError?>(nil)
        DispatchQueue.concurrentPerform(iterations: chunks) { part in
            var local = Summary(files: 0, bytes: 0, words: 0)
            for index in (part * chunk)..<min(count, (part + 1) * chunk) {
                let article = generator.article(index)
                let path = root + "/" + article.relativePath
                do throws(WriteError) {
                    local.bytes += try writeFile(path, article.text)
                } catch {
                    firstError.withLock { $0 = $0 ?? error }
                    return
                }
                local.files += 1
                local.words += article.words
            }
            totals.withLock {
                $0.files += local.files
                $0.bytes += local.bytes
                $0.words += local.words
            }
        }
        if let error = firstError.withLock({ $0 }) { throw error }
        return totals.withLock { $0 }
    }

    private static func writeFile(_ path: String, _ text: String) throws(WriteError) -> Int {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path, errno: errno) }
        defer { close(descriptor) }
        var text = text
        let failure: Int32? = text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = writeBytes(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure { throw .cannotWrite(path, errno: failure) }
        return text.utf8.count
    }
}

/// The system call, named apart: inside `LibraryWriter` the name `write` is its own method.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
