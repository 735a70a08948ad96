/// Store failures worded for the person at the keyboard.
public enum StoreError: Error, CustomStringConvertible {
    case cannotCreateFolder(String, reason: String)
    case cannotOpen(String, reason: String)
    case unknownArticle(String)
    case ambiguousArticle(String, matches: Int)

    public var description: String {
        switch self {
        case .cannotCreateFolder(let path, let reason): "cannot create state folder \(path): \(reason)"
        case .cannotOpen(let path, let reason): "cannot open state file \(path): \(reason)"
        case .unknownArticle(let id): "no article with id \(id)"
        case .ambiguousArticle(let id, let matches): "id \(id) is ambiguous: \(matches) articles start with it"
        }
    }
}
