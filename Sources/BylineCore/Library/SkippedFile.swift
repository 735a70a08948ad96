/// A file or folder the library could not use, and why, in words a reader understands.
public struct SkippedFile: Error, Hashable, Sendable, Codable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
