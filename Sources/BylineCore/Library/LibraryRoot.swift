/// A library's folder as raw bytes, one object shared by every file found under it (see
/// `LibraryFile`).
public final class LibraryRoot: Hashable, Sendable {
    public let bytes: [UInt8]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// True when `systemPath` is this folder, a slash, then `path` in UTF-8.
    public func contains(_ systemPath: some Collection<UInt8>, as path: String) -> Bool {
        let relative = path.utf8
        guard systemPath.count == bytes.count + 1 + relative.count, systemPath.starts(with: bytes) else { return false }
        let rest = systemPath.dropFirst(bytes.count)
        return rest.first == UInt8(ascii: "/") && rest.dropFirst().elementsEqual(relative)
    }

    public static func == (a: LibraryRoot, b: LibraryRoot) -> Bool {
        a === b || a.bytes == b.bytes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(bytes)
    }
}
