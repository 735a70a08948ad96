import BylineCore

/// A new scan of the library arriving.
extension AppState {
    mutating func libraryLoaded(_ contents: LibraryContents) -> [Effect] {
        let rescanned = hasLoaded
        let previous = reader.flatMap { entry($0.id) }
        setEntries(contents.entries)
        skipped = contents.skipped
        hasLoaded = true
        if rescanned {
            let skippedNote = skipped.isEmpty ? "" : ", \(skipped.count) files skipped"
            message = StatusMessage("\(entries.count) stories, \(unreadCount) unread\(skippedNote)")
        }
        // Reload the open article when its file changed under it.
        if let current = reader, let now = entry(current.id),
           previous?.summary.contentHash != now.summary.contentHash || previous?.summary.path != now.summary.path {
            reader?.article = nil
            reader?.document = .empty
            return [.loadArticle(now.id, now.summary)]
        }
        if reader == nil { return previewSelection() }
        return []
    }
}
