import BylineCore

/// Opening stories, scrolling the article, and moving from story to story while reading.
extension AppState {
    /// Opens a story in the reading pane, marks it read at once, and selects it in the list.
    mutating func open(_ id: ArticleID) -> [Effect] {
        guard let entry = entry(id) else { return [] }
        var effects: [Effect] = []
        if let row = visible.firstIndex(where: { entries[$0].id == id }) {
            storyList.selected = row
            clampLists()
        }
        // The last story opened, not the reader's: a preview may have replaced it since.
        if let last = lastOpened, last != id { previouslyOpened = last }
        lastOpened = id
        if reader?.id == id, reader?.article != nil {
            let wasOpen = reader?.isOpen == true
            reader?.isOpen = true
            if !wasOpen {
                reader?.top = 0
                restorePlace(of: id)
                applyRestore()
            }
        } else {
            reader = ReaderState(id: id, isOpen: true)
            restorePlace(of: id)
            effects.append(.loadArticle(id, entry.summary))
        }
        focus = .reader
        if !entry.isRead && markRead == .onOpen {
            record(ReadChange(wereUnread: [id], description: "opened a story"))
            setRead(id, true)
            effects.append(.setRead([id], read: true))
        }
        clampLists()
        return effects
    }

    /// With `mark-read = "at-end"`: the open story counts as read once its last line has been
    /// on screen (at once, for one that fits the pane). Run after every action.
    mutating func markReadAtEnd() -> [Effect] {
        guard markRead == .atEnd, let current = reader, current.isOpen, !current.markedAtEnd, current.article != nil,
              !current.document.lines.isEmpty, current.top >= readerMaxTop,
              let entry = entry(current.id) else { return [] }
        reader?.markedAtEnd = true
        guard !entry.isRead else { return [] }
        record(ReadChange(wereUnread: [current.id], description: "read to the end"))
        setRead(current.id, true)
        return [.setRead([current.id], read: true)]
    }

    mutating func articleLoaded(_ id: ArticleID, _ result: Result<Article, LoadFailure>) -> [Effect] {
        guard reader?.id == id else { return [] }
        reader?.document = .empty
        switch result {
        case .success(let article):
            reader?.article = article
            reader?.failure = nil
        case .failure(let failure):
            reader?.article = nil
            reader?.failure = failure.reason
        }
        layoutReader()
        return []
    }

    /// Lays the article out again for the current width (after loading or a resize).
    mutating func layoutReader() {
        guard let current = reader, let article = current.article, let entry = entry(current.id) else { return }
        let width = layout.readerTextWidth
        if current.document.width != width || current.document.lines.isEmpty {
            reader?.document = ReaderDocument.layout(article, summary: entry.summary, width: width, dates: dates)
        }
        scrollReader(to: current.top)
        applyRestore()
    }

    var readerMaxTop: Int {
        max(0, (reader?.document.lines.count ?? 0) - layout.readerPageHeight)
    }

    mutating func scrollReader(to line: Int) {
        guard reader != nil else { return }
        let maxTop = readerMaxTop
        reader?.top = min(max(0, line), maxTop)
    }

    /// Space: page the article; at its end, go on to the next unread story (as tin, slrn, mutt).
    mutating func readOn() -> [Effect] {
        if overlay != nil { return page(by: 1) }
        guard let current = reader, current.isOpen else {
            if focus == .sections { return openFocused() }
            guard let entry = selectedEntry else { return [] }
            return open(entry.id)
        }
        if current.top >= readerMaxTop {
            return findUnread(forward: true)
        }
        scrollReader(to: current.top + max(1, layout.readerPageHeight - 2))
        return []
    }

    /// J / K: the next or previous story in the list, opened.
    mutating func stepStory(by delta: Int) -> [Effect] {
        let row = storyList.selected + delta
        guard visible.indices.contains(row) else {
            message = StatusMessage(delta > 0 ? "This is the last story" : "This is the first story")
            return []
        }
        return open(entries[visible[row]].id)
    }

    /// n / p: the next unread story after the current one, across sections, wrapping around.
    /// Under a virtual section (All, Unread, Starred, Today) the order is the list's, among the
    /// stories the section holds; under a folder it is folder by folder in the order of the
    /// section list, and the section selection follows the story.
    mutating func findUnread(forward: Bool) -> [Effect] {
        let section = currentSection
        let all = section.isVirtual
        let currentID = reader?.isOpen == true ? reader?.id : selectedEntry?.id
        // A search's results are a list of their own, like a filtered one.
        let filtered = !(filter?.needle.isEmpty ?? true) || section.isSearch
        // A filtered list, or one in another order than newest first: `n` follows the list as
        // shown. A filtered list or a virtual section has nothing beyond it; a folder goes on
        // to the next folders.
        if filtered || sortOrder != .newestFirst {
            if let next = nextUnreadInList(after: currentID, forward: forward) { return open(next) }
            if filtered || all {
                message = StatusMessage(filtered ? "No unread stories left in this list" : "No unread stories left in \(section.title)")
                return []
            }
        }
        let dayStart = dayStart
        // Under a virtual section, the list's order; under a folder, folder by folder.
        let walk = sectionOrder
        let count = entries.count
        guard count > 0 else { return [] }
        let start = currentID.flatMap { indexByID[$0] }.map { all ? $0 : Int(sectionOrderPosition[$0]) }
        for step in 1...count {
            let position: Int
            if let start {
                position = ((start + (forward ? step : -step)) % count + count) % count
            } else {
                position = forward ? step - 1 : count - step
            }
            let index = all ? position : Int(walk[position])
            guard !entries[index].isRead, entries[index].id != currentID,
                  section.admits(entries[index], dayStart: dayStart, now: now) else { continue }
            let entry = entries[index]
            if !section.contains(section: entry.summary.section) {
                let row = sections.lastIndex { $0.kind == .folder(entry.summary.section) } ?? 0
                sectionList.selected = row
                refreshVisible(keeping: nil)
            } else if !isListed(index) {
                refreshVisible(keeping: nil)
            }
            return open(entry.id)
        }
        message = StatusMessage(section.kind == .all || !all ? "No unread stories left" : "No unread stories left in \(section.title)")
        return []
    }

    /// The next unread story of the list as shown after `current`'s row, wrapping around.
    private func nextUnreadInList(after current: ArticleID?, forward: Bool) -> ArticleID? {
        let count = visible.count
        guard count > 0 else { return nil }
        let start = current.flatMap { indexByID[$0] }.flatMap { visible.firstIndex(of: $0) }
        for step in 1...count {
            let row = start.map { (($0 + (forward ? step : -step)) % count + count) % count } ?? (forward ? step - 1 : count - step)
            let entry = entries[visible[row]]
            if !entry.isRead, entry.id != current { return entry.id }
        }
        return nil
    }

    /// Whether the story list holds entry `index` (newest first it is sorted, so a binary search).
    func isListed(_ index: Int) -> Bool {
        guard sortOrder == .newestFirst else { return visible.contains(index) }
        let row = visible.partitioningIndex { $0 >= index }
        return row < visible.count && visible[row] == index
    }
}
