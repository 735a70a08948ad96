/// Why a library as a whole cannot be opened (single bad files are `SkippedFile`s instead).
public enum LibraryError: Error, Equatable, CustomStringConvertible {
    case notFound(String)
    case notADirectory(String)
    case unreadable(String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let path): "library not found: \(path)"
        case .notADirectory(let path): "not a folder: \(path) (a library is a folder of articles)"
        case .unreadable(let path, let reason): "cannot read library \(path): \(reason)"
        }
    }
}
