import BylineCore

/// A new scan of the library arriving.
extension AppState {
    mutating func libraryLoaded(_ contents: LibraryContents) -> [Effect] {
        let rescanned = hasLoaded
        let previous = reader.flatMap { entry($0.id) }
        // After a first screen of only the newest stories, or the partial lists of a first
        // scan, the whole list is not news.
        let wasPartial = provisional != nil || listIsPartial
        // Kept only when it can count new stories: it is as large as the list.
        let known = rescanned && !wasPartial && !rescanRequested ? indexByID : [:]
        listIsPartial = contents.isPartial
        setEntries(contents.entries, folderCounts: contents.folderCounts)
        skipped = contents.skipped
        hasLoaded = true
        if contents.isPartial { return reader == nil ? previewSelection() : [] }
        scanProgress = nil
        if rescanned {
            // Scans the reader did not ask for (at start, on a change in the folder) speak only
            // when they bring something new.
            if rescanRequested {
                announceLibrary()
            } else if !wasPartial {
                let added = entries.count { known[$0.id] == nil }
                if added > 0 { message = StatusMessage(added == 1 ? "1 new story" : "\(added) new stories") }
            }
        }
        rescanRequested = false
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

    /// "37 stories, 36 unread, 2 files skipped": the answer to r.
    mutating func announceLibrary() {
        let skippedNote = skipped.isEmpty ? "" : ", \(skipped.count) files skipped"
        message = StatusMessage("\(entries.count) stories, \(unreadCount) unread\(skippedNote)")
    }
}
