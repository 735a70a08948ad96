import BylineCore

/// The section list: the virtual sections (All, Unread, Starred, Today), then the library's
/// folders as an indented tree, with unread counts (Starred: how many are starred).
enum SectionPane {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        let focused = state.focus == .sections
        PaneHeader.draw("Sections", focused: focused, in: rect, on: &screen)
        let counts = state.sectionCounts()
        let rows = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        let list = state.sectionList
        for row in 0..<rows.height {
            let index = list.offset + row
            guard state.sections.indices.contains(index) else { break }
            let section = state.sections[index]
            let selected = index == list.selected
            let count = counts[index] > 0 ? "\(counts[index])" : ""
            let style = Style(.normal, bold: counts[index] > 0, reverse: selected && focused)
            let y = rows.y + row
            if selected && focused { screen.fill(Rect(x: rows.x, y: y, width: rows.width, height: 1), style: style) }
            let marker = selected && !focused ? ">" : " "
            let indent = String(repeating: "  ", count: section.depth)
            let nameWidth = max(0, rows.width - 2 - count.displayWidth - 1)
            screen.put(marker, x: rows.x, y: y, style: Style(.accent, bold: true))
            screen.put(TextWrapper.truncate(indent + section.name, toWidth: nameWidth), x: rows.x + 1, y: y, style: style)
            screen.put(count, x: rows.maxX - count.displayWidth - 1, y: y,
                       style: Style(selected && focused ? .normal : .unread, bold: true, reverse: selected && focused))
        }
    }
}
