import BylineCore

/// `/`: the story list narrowed to the titles and sections holding what is typed.
extension AppState {
    mutating func startFilter() -> [Effect] {
        if filterIndex?.count != entries.count { filterIndex = FilterIndex(entries) }
        // `/` again edits the filter that is kept.
        filter = ListFilter(query: filter?.query ?? "", isEditing: true)
        if focus != .stories {
            focus = .stories
            clampLists()
        }
        return []
    }

    mutating func typeInFilter(_ character: Character) -> [Effect] {
        let before = filter?.needle ?? []
        filter?.type(character)
        if let after = filter?.needle, after.starts(with: before) {
            narrowVisibleToFilter()
        } else {
            refreshVisible(keeping: selectedEntry?.id)
        }
        return []
    }

    mutating func eraseInFilter() -> [Effect] {
        filter?.erase()
        refreshVisible(keeping: selectedEntry?.id)
        return []
    }

    /// Ctrl-U: the query emptied, the filter still being typed.
    mutating func clearInFilter() -> [Effect] {
        filter?.clear()
        refreshVisible(keeping: selectedEntry?.id)
        return []
    }

    /// Enter: the filter stays, shown in the status line, and keys work on the list again.
    mutating func acceptFilter() -> [Effect] {
        if filter?.query.isEmpty ?? true {
            filter = nil
        } else {
            filter?.isEditing = false
        }
        return previewSelection()
    }

    /// f / F: scrolls the article to the next (previous) line holding the kept filter's words,
    /// which the reading pane marks.
    mutating func findMatch(forward: Bool) -> [Effect] {
        let needles = highlightNeedles
        guard !needles.isEmpty else {
            message = StatusMessage("Nothing to find: / filters or S searches by words first")
            return []
        }
        guard let reader, reader.article != nil else { return [] }
        let lines = reader.document.lines
        let candidates = forward ? Array(min(reader.top + 1, lines.count)..<lines.count) : Array((0..<min(reader.top, lines.count)).reversed())
        // A match on the last page, which cannot scroll to the top, is already in view: past it.
        let found = candidates.first { line in
            MatchFinder.contains(needles, in: lines[line].text) && min(line, readerMaxTop) != reader.top
        }
        guard let line = found else {
            message = StatusMessage(forward ? "No more matches below" : "No more matches above")
            return []
        }
        scrollReader(to: line)
        return []
    }

    /// Esc: the whole list again, on the same story. The folded titles go too (7 MB at
    /// 100,000 stories); the next `/` folds them again.
    mutating func clearFilter() -> [Effect] {
        filter = nil
        filterIndex = nil
        refreshVisible(keeping: selectedEntry?.id)
        return previewSelection()
    }
}
