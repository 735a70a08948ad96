import OrderedCollections
import BylineCore

/// The index as it was read at start: every file's last outcome, and the identities its
/// articles had then.
public struct IndexSnapshot: Sendable {
    public var files: IndexedFiles
    /// Article ids by identity path. Empty when the index was built against another state
    /// file, since ids are only meaningful in the state that issued them.
    public var ids: OrderedDictionary<String, ArticleID>

    public init(files: IndexedFiles = [:], ids: OrderedDictionary<String, ArticleID> = [:]) {
        self.files = files
        self.ids = ids
    }

    public var isEmpty: Bool { files.isEmpty }
}
