import BylineCore

/// Moving through sections, stories and panes.
extension AppState {
    mutating func move(by delta: Int) -> [Effect] {
        if overlay == .links {
            moveLinkSelection(by: delta)
            return []
        }
        if overlay != nil {
            overlayTop = min(max(0, overlayTop + delta), overlayMaxTop)
            return []
        }
        switch focus {
        case .sections:
            return selectSection(sectionList.selected + delta)
        case .stories:
            storyList.move(by: delta, count: visible.count, height: storiesInView)
            return previewSelection()
        case .reader:
            scrollReader(to: (reader?.top ?? 0) + delta)
            return []
        }
    }

    mutating func page(by direction: Int) -> [Effect] {
        let height = max(1, overlay != nil ? size.height - 2 : focus == .stories ? storiesInView : layout.listHeight(focus))
        return move(by: direction * max(1, height - 1))
    }

    mutating func jump(toEnd: Bool) -> [Effect] {
        let far = Int.max / 4
        if overlay == .links {
            moveLinkSelection(by: toEnd ? far : -far)
            return []
        }
        if overlay != nil {
            overlayTop = toEnd ? overlayMaxTop : 0
            return []
        }
        switch focus {
        case .sections:
            return selectSection(toEnd ? sections.count - 1 : 0)
        case .stories:
            storyList.selected = toEnd ? visible.count - 1 : 0
            clampLists()
            return previewSelection()
        case .reader:
            scrollReader(to: toEnd ? far : 0)
            return []
        }
    }

    mutating func selectSection(_ row: Int) -> [Effect] {
        let clamped = min(max(0, row), sections.count - 1)
        guard clamped != sectionList.selected else { return [] }
        sectionList.selected = clamped
        storyList = ListState()
        refreshVisible(keeping: nil)
        return previewSelection()
    }

    mutating func openFocused() -> [Effect] {
        switch focus {
        case .sections:
            focus = .stories
            clampLists()
            return previewSelection()
        case .stories:
            guard let entry = selectedEntry else {
                message = StatusMessage(unreadOnly ? "No unread stories here (u shows all)" : "No stories here")
                return []
            }
            return open(entry.id)
        case .reader:
            return []
        }
    }

    mutating func back(quitAtTop: Bool) -> [Effect] {
        if overlay != nil {
            closeLinks()
            return []
        }
        switch focus {
        case .reader:
            focus = .stories
        case .stories:
            // A kept filter goes first.
            if filter != nil { return clearFilter() }
            focus = .sections
        case .sections:
            return quitAtTop ? [.quit] : []
        }
        clampLists()
        return []
    }

    mutating func cycleFocus(by delta: Int) -> [Effect] {
        let panes: [Pane] = reader == nil ? [.sections, .stories] : Pane.allCases
        let current = panes.firstIndex(of: focus) ?? 0
        focus = panes[(current + delta + panes.count) % panes.count]
        clampLists()
        return []
    }

    /// In the wide layout the reading pane follows the selected story as a preview, without
    /// marking it read: only opening it does that.
    /// While the reader reads an opened story, the list changing under it does not replace it.
    mutating func previewSelection() -> [Effect] {
        let snippets = snippetsInView()
        guard layout.isWide, let entry = selectedEntry else { return snippets }
        if focus == .reader && reader?.isOpen == true { return snippets }
        if reader?.id == entry.id { return snippets }
        reader = ReaderState(id: entry.id, isOpen: false)
        return [.loadArticle(entry.id, entry.summary)] + snippets
    }

    mutating func resize(to newSize: Size) -> [Effect] {
        let anchor = reader.flatMap { $0.document.anchor(at: $0.top) }
        size = newSize
        clampLists()
        layoutReader()
        if let anchor, let document = reader?.document {
            scrollReader(to: document.line(for: anchor))
        }
        return []
    }
}
