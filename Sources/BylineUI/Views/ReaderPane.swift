import BylineCore

/// The reading pane: the article laid out for the width, from the scroll position, with where
/// the reader is in it on the header.
enum ReaderPane {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        let focused = state.focus == .reader
        let text = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
        guard let reader = state.reader else {
            PaneHeader.draw("Article", focused: focused, in: rect, on: &screen)
            screen.put("Select a story and press Enter to read it.", x: text.x, y: text.y, style: Style(.muted),
                       maxWidth: text.width)
            return
        }
        let lines = reader.document.lines
        let title = reader.isOpen ? "Article" : "Preview — Enter opens it"
        PaneHeader.draw(title, right: position(reader, pageHeight: text.height), focused: focused, in: rect, on: &screen)
        if let failure = reader.failure {
            screen.put("Cannot show this story: \(failure)", x: text.x, y: text.y, style: Style(.error, bold: true),
                       maxWidth: text.width)
            return
        }
        guard reader.article != nil else {
            screen.put("Loading…", x: text.x, y: text.y, style: Style(.muted), maxWidth: text.width)
            return
        }
        // A kept filter's and a search's words are marked where they occur, as less marks a search.
        let needles = state.highlightNeedles
        for row in 0..<text.height {
            let index = reader.top + row
            guard lines.indices.contains(index) else { break }
            var x = text.x
            for span in lines[index].spans where x < text.maxX {
                x += screen.put(span.text, x: x, y: text.y + row, style: span.style, maxWidth: text.maxX - x)
            }
            guard !needles.isEmpty else { continue }
            let line = lines[index].text
            let characters = Array(line)
            for range in MatchFinder.ranges(of: needles, in: line) {
                let start = text.x + String(characters[..<range.lowerBound]).displayWidth
                guard start < text.maxX else { break }
                screen.put(String(characters[range]), x: start, y: text.y + row, style: Self.match, maxWidth: text.maxX - start)
            }
        }
    }

    static let match = Style(.message, bold: true, reverse: true)

    /// "Top", "Bot", "All" or a percentage, and the line range, as less and mutt show it.
    static func position(_ reader: ReaderState, pageHeight: Int) -> String {
        let total = reader.document.lines.count
        guard total > 0, pageHeight > 0 else { return "" }
        let last = min(total, reader.top + pageHeight)
        let where_: String
        if reader.top == 0 && last >= total {
            where_ = "All"
        } else if last >= total {
            where_ = "Bot"
        } else if reader.top == 0 {
            where_ = "Top"
        } else {
            where_ = "\(last * 100 / total)%"
        }
        return "\(reader.top + 1)–\(last)/\(total) \(where_)"
    }
}
