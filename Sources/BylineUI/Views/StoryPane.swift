import BylineCore

/// The story list: unread marker, date, section (when the list spans sections) and title.
/// Unread stories are bold; the selection is reverse video when the list has focus and marked
/// with ">" when it does not.
enum StoryPane {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        let focused = state.focus == .stories
        let section = state.currentSection
        // Every unread story of the section is listed (read ones may linger), so the section's
        // count is the list's.
        let unread = state.unreadCount(in: section)
        let total = state.storyCount(in: section)
        var title = "\(section.title) — \(total) stor\(total == 1 ? "y" : "ies"), \(unread) unread"
        if section.isSearch, let results = state.searchResults {
            title = "\(section.title) — " + (results.total > results.ids.count || !results.isTotalExact
                ? "the best \(results.ids.count) of \(results.totalText)"
                : "\(results.total) stor\(results.total == 1 ? "y" : "ies")" + (results.total > 1 ? ", best first" : ""))
        }
        if let filter = state.filter, !filter.query.isEmpty {
            // The section's counts would say nothing about the list: how much of it matches does.
            title = "\(section.title) — \(state.visible.count) of \(state.listedBeforeFilter) match /\(Sanitizer.sanitize(filter.query))"
        }
        PaneHeader.draw(
            title + (state.unreadOnly ? " (unread only)" : "")
                + (state.sortOrder == .newestFirst ? "" : " · \(state.sortOrder.name)"),
            focused: focused, in: rect, on: &screen)
        let rows = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        guard !state.visible.isEmpty else {
            let note = state.unreadOnly ? "No unread stories here. u shows all." : "No stories here."
            screen.put(note, x: rows.x + 2, y: rows.y, style: Style(.muted), maxWidth: rows.width - 2)
            return
        }
        // From the section's folders, not its stories: the same at 100 stories as at 100,000.
        let folders = state.folderNames.filter { section.contains(section: $0) }
        let sectionWidth = folders.count > 1 ? min(16, folders.map { sectionName($0).displayWidth }.max() ?? 0) : 0

        let rowHeight = state.storyRowHeight
        for row in 0..<(rows.height / rowHeight) {
            let index = state.storyList.offset + row
            guard state.visible.indices.contains(index) else { break }
            let entry = state.entries[state.visible[index]]
            let selected = index == state.storyList.selected
            let y = rows.y + row * rowHeight
            let base = Style(.normal, bold: !entry.isRead, reverse: selected && focused)
            if selected && focused { screen.fill(Rect(x: rows.x, y: y, width: rows.width, height: rowHeight), style: base) }
            func styled(_ role: Style.Role) -> Style {
                selected && focused ? base : Style(role, bold: !entry.isRead)
            }
            var x = rows.x
            x += screen.put(selected && !focused ? ">" : " ", x: x, y: y, style: Style(.accent, bold: true))
            // "%": opened and left partway, so it reopens where it was left.
            let flag = state.readingPositions[entry.id] != nil ? "%" : entry.isRead ? " " : "N"
            x += screen.put(flag, x: x, y: y, style: styled(.unread))
            x += screen.put(entry.isStarred ? "* " : "  ", x: x, y: y, style: styled(.accent))
            let afterFlags = x
            x += screen.put(state.dates.short(entry.summary.date) + " ", x: x, y: y, style: styled(.date))
            if sectionWidth > 0 {
                let name = TextWrapper.pad(sectionName(entry.summary.section), toWidth: sectionWidth)
                x += screen.put(name + " ", x: x, y: y, style: styled(.section))
            }
            let title = TextWrapper.truncate(Sanitizer.sanitize(entry.summary.title), toWidth: rows.maxX - x - 1)
            screen.put(title, x: x, y: y, style: base)
            // A search result's line of text goes under it, its words in bold.
            if rowHeight == 2, let snippet = state.searchResults?.snippets[entry.id], !snippet.isEmpty {
                let text = TextWrapper.truncate(Sanitizer.sanitize(snippet), toWidth: rows.maxX - afterFlags - 1)
                let plain = selected && focused ? Style(.normal, reverse: true) : Style(.muted)
                screen.put(text, x: afterFlags, y: y + 1, style: plain)
                let characters = Array(text)
                for range in MatchFinder.ranges(of: state.searchResults?.needles ?? [], in: text) {
                    let start = afterFlags + String(characters[..<range.lowerBound]).displayWidth
                    var bold = plain
                    bold.bold = true
                    screen.put(String(characters[range]), x: start, y: y + 1, style: bold, maxWidth: rows.maxX - start)
                }
            }
        }
    }

    static func sectionName(_ section: String) -> String {
        section.isEmpty ? "(top)" : Sanitizer.sanitize(section)
    }
}
