import BylineCore
import BylineStore
import BylineUI

/// What the interface needs from the library and the store: scans matched against read state.
public struct InterfaceSession: Sendable {
    public let scanner: LibraryScanner
    public let store: Store

    public init(scanner: LibraryScanner, store: Store) {
        self.scanner = scanner
        self.store = store
    }

    public func load() -> LibraryContents {
        let loaded = LibraryLoader.load(scanner)
        do {
            return LibraryContents(entries: try store.entries(for: loaded.articles), skipped: loaded.skipped)
        } catch {
            // Without the store the articles still show, all unread, and the problem is listed.
            let entries = loaded.articles.map {
                LibraryEntry(id: ArticleID($0.path), summary: $0, isRead: false)
            }
            return LibraryContents(
                entries: entries,
                skipped: loaded.skipped + [SkippedFile(path: "(state file)", reason: "cannot read: \(error)")])
        }
    }
}
