import BylineCore

/// Marks: m, s, A (with its y/n question), u and U.
extension AppState {
    /// The story `m` acts on: the open one while reading, else the selected one.
    var targetStory: LibraryEntry? {
        if focus == .reader, let id = reader?.id { return entry(id) }
        return selectedEntry
    }

    mutating func toggleRead() -> [Effect] {
        guard let entry = targetStory else { return [] }
        let read = !entry.isRead
        record(entry.isRead
            ? ReadChange(wereRead: [entry.id], description: read ? "marked read" : "marked unread")
            : ReadChange(wereUnread: [entry.id], description: read ? "marked read" : "marked unread"))
        setRead(entry.id, read)
        message = StatusMessage(read ? "Marked read" : "Marked unread")
        return [.setRead([entry.id], read: read)]
    }

    mutating func toggleStar() -> [Effect] {
        guard let entry = targetStory else { return [] }
        let starred = !entry.isStarred
        record(entry.isStarred
            ? ReadChange(wereStarred: [entry.id], description: "star taken off")
            : ReadChange(wereUnstarred: [entry.id], description: "starred"))
        setStarred(entry.id, starred)
        message = StatusMessage(starred ? "Starred" : "Star taken off")
        return [.setStarred([entry.id], starred: starred)]
    }

    mutating func askMarkAllRead() -> [Effect] {
        // With only the newest stories loaded, "all" would be a lie about how many.
        guard provisional == nil else {
            message = StatusMessage("The list is still loading; try again in a moment")
            return []
        }
        let section = currentSection
        // Straight to the ids, by folder number: a filtered copy of 100,000 entries on the way
        // was the largest thing a session ever held beside the list itself.
        let shown = foldersShown(in: section)
        let dayStart = dayStart
        // A kept filter narrows what A marks to what the list shows, and the question says so.
        let needle = filter?.needle ?? []
        let matcher = needle.isEmpty ? nil : filterIndex
        let name = matcher == nil ? section.title : "\(section.title) matching /\(filter?.query ?? "")"
        var ids: [ArticleID] = []
        ids.reserveCapacity(unreadCount(in: section))
        // A search's section holds its results only.
        let candidates: [Int]
        if section.isSearch {
            candidates = (searchResults?.ids ?? []).compactMap { indexByID[$0] }
        } else {
            candidates = Array(entries.indices)
        }
        for index in candidates
        where !entries[index].isRead && shown[Int(folderOfEntry[index])]
            && section.admits(entries[index], dayStart: dayStart, now: now) && (matcher?.matches(index, needle) ?? true) {
            ids.append(entries[index].id)
        }
        guard !ids.isEmpty else {
            message = StatusMessage("No unread stories in \(name)")
            return []
        }
        prompt = .markAllRead(ids: ids, sectionName: name)
        return []
    }

    mutating func answerPrompt(_ yes: Bool) -> [Effect] {
        guard let question = prompt else { return [] }
        prompt = nil
        guard yes else {
            if case .openLocalFile = question {
                message = StatusMessage("Not opened")
            } else {
                message = StatusMessage("Nothing marked")
            }
            return []
        }
        switch question {
        case .openLocalFile(let link):
            closeLinks()
            message = StatusMessage("Opening \(Sanitizer.sanitize(link.url))…")
            return [.openLink(link)]
        case .markAllRead(let asked, let name):
            // Marks may have arrived while the question was up (another Byline, the command
            // line): only what is still unread is marked, so undo cannot unmark those.
            let stillUnread = asked.filter { entry($0)?.isRead == false }
            let ids = stillUnread.count == asked.count ? asked : stillUnread
            guard !ids.isEmpty else {
                message = StatusMessage("No unread stories in \(name)")
                return []
            }
            record(ReadChange(wereUnread: ids, description: "marked \(ids.count) in \(name) read"))
            for id in ids { setRead(id, true) }
            message = StatusMessage("Marked \(ids.count) stor\(ids.count == 1 ? "y" : "ies") read (U undoes)")
            return [.setRead(ids, read: true)]
        }
    }

    mutating func cycleSort() -> [Effect] {
        sortOrder = sortOrder.next
        refreshVisible(keeping: selectedEntry?.id)
        message = StatusMessage("Sorted \(sortOrder.name)")
        return [.saveSortOrder(sortOrder)] + previewSelection()
    }

    mutating func toggleUnreadOnly() -> [Effect] {
        unreadOnly.toggle()
        refreshVisible(keeping: selectedEntry?.id)
        message = StatusMessage(unreadOnly ? "Showing unread stories only" : "Showing all stories")
        return previewSelection()
    }

    mutating func undoLastChange() -> [Effect] {
        guard let change = changes.popLast() else {
            message = StatusMessage("Nothing to undo")
            return []
        }
        var effects: [Effect] = []
        for (read, changed) in [(false, change.wereUnread), (true, change.wereRead)] {
            guard !changed.isEmpty else { continue }
            let ids = changed.sorted()
            for id in ids { setRead(id, read) }
            effects.append(.setRead(ids, read: read))
        }
        for (starred, changed) in [(false, change.wereUnstarred), (true, change.wereStarred)] where !changed.isEmpty {
            for id in changed { setStarred(id, starred) }
            effects.append(.setStarred(changed, starred: starred))
        }
        message = StatusMessage("Undone: \(change.description)"
            + (changes.isEmpty ? "" : " (\(changes.count) more to undo)"))
        return effects
    }

    /// How many changes `U` can take back: a session's worth, without holding every id of
    /// every `A` for ever.
    static let undoDepth = 500

    mutating func record(_ change: ReadChange) {
        changes.append(change)
        if changes.count > Self.undoDepth { changes.removeFirst(changes.count - Self.undoDepth) }
    }
}
