import Foundation

/// A library folder in the temporary directory, removed when the value is released. Tests write
/// the files they need, or copy a fixture library in.
public final class TemporaryLibrary: @unchecked Sendable {
    public let url: URL
    public var path: String { url.path }

    public init(copying fixture: String? = nil) throws {
        let base = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("byline-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        if let fixture {
            url = base.appendingPathComponent("library")
            try FileManager.default.copyItem(at: Fixtures.url(fixture), to: url)
        } else {
            url = base.appendingPathComponent("library")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
    }

    /// A path next to the library (outside it), for state files and the like.
    public func sibling(_ name: String) -> String {
        url.deletingLastPathComponent().appendingPathComponent(name).path
    }

    @discardableResult
    public func write(_ relativePath: String, _ text: String) throws -> URL {
        try write(relativePath, bytes: Array(text.utf8))
    }

    @discardableResult
    public func write(_ relativePath: String, bytes: [UInt8]) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file
    }

    public func move(_ from: String, to: String) throws {
        let target = url.appendingPathComponent(to)
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: url.appendingPathComponent(from), to: target)
    }

    public func remove(_ relativePath: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(relativePath))
    }

    /// Sets a file's modification time, as `touch -d` would.
    public func touch(_ relativePath: String, date: Date) throws {
        try FileManager.default.setAttributes(
            [.modificationDate: date], ofItemAtPath: url.appendingPathComponent(relativePath).path)
    }
}
