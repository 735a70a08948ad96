import BylineCore

/// `L`: the article's links, numbered as the text numbers them, one selected. Links come from
/// the article, so they are drawn sanitized.
enum LinksView {
    static func line(_ row: LinkRow, numberWidth: Int) -> String {
        let number = "[\(row.number)]"
        let padded = String(repeating: " ", count: max(0, numberWidth + 2 - number.count)) + number
        let url = Sanitizer.sanitize(row.url)
        return padded + " " + (row.number == 0 ? url + "  (the article's own link)" : url)
    }

    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        guard rect.height > 0, let picker = state.linkPicker else { return }
        screen.fill(rect, style: .normal)
        let title = state.shownArticle.map { Sanitizer.sanitize($0.entry.summary.title) } ?? ""
        PaneHeader.draw(
            "Links — \(title)", right: "Enter opens · y copies · Esc closes", focused: true, in: rect,
            on: &screen)
        let numberWidth = "\(picker.rows.last?.number ?? 0)".count
        let height = rect.height - 1
        for row in 0..<height {
            let index = picker.list.offset + row
            guard picker.rows.indices.contains(index) else { break }
            let selected = index == picker.list.selected
            let y = rect.y + 1 + row
            if selected { screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: Style(reverse: true)) }
            let text = TextWrapper.truncate(line(picker.rows[index], numberWidth: numberWidth), toWidth: rect.width - 2)
            screen.put(text, x: rect.x + 1, y: y, style: selected ? Style(bold: true, reverse: true) : .normal)
        }
    }
}
