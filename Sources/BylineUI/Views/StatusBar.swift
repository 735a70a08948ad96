import BylineCore

/// The bottom line: library, counts and position on the left; a question, a message or key
/// hints on the right.
enum StatusBar {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        let style = Style(.statusBar, reverse: true)
        screen.fill(rect, style: style)
        if let pipe = state.pipeEntry {
            let label = pipe.asJSON ? " Pipe JSON to: " : " Pipe text to: "
            drawEntry(label + Sanitizer.sanitize(pipe.command) + "_", help: "Tab: \(pipe.asJSON ? "text" : "JSON") · Enter runs · Esc cancels",
                      in: rect, on: &screen)
            return
        }
        if let query = state.searchEntry {
            drawEntry(" Search: " + Sanitizer.sanitize(query) + "_", help: "\"a phrase\" word* -word · Enter searches · Esc cancels",
                      in: rect, on: &screen)
            return
        }
        if let filter = state.filter, filter.isEditing {
            let count = state.visible.count
            drawEntry(" /" + Sanitizer.sanitize(filter.query) + "_",
                      help: "\(count) match\(count == 1 ? "" : "es") · Enter keeps · Esc clears", in: rect, on: &screen)
            return
        }
        if let prompt = state.prompt {
            screen.put(TextWrapper.truncate(" " + prompt.question, toWidth: rect.width), x: rect.x, y: rect.y,
                       style: Style(.message, bold: true, reverse: true))
            return
        }
        let used = screen.put(TextWrapper.truncate(leftText(state), toWidth: rect.width), x: rect.x, y: rect.y, style: style)
        if let message = state.message {
            let room = rect.width - used - 3
            guard room > 0 else { return }
            let clipped = TextWrapper.truncate(message.text, toWidth: room)
            screen.put(clipped, x: rect.maxX - clipped.displayWidth - 1, y: rect.y,
                       style: Style(message.isError ? .error : .message, bold: true, reverse: true))
        } else if let hints = hintLine(for: state, in: rect) {
            screen.put(hints.text, x: hints.x, y: rect.y, style: style)
        }
    }

    /// Library, counts, position and a kept filter: the left of the line, which the hints
    /// (`KeyHint`) are placed after.
    static func leftText(_ state: AppState) -> String {
        var left = " \(Sanitizer.sanitize(state.libraryName)) · \(state.unreadCount) unread / \(state.storyCount)"
        if !state.visible.isEmpty { left += " · \(state.storyList.selected + 1)/\(state.visible.count)" }
        if !state.skipped.isEmpty { left += " · \(state.skipped.count) skipped (!)" }
        if state.marksUnsaved { left += " · MARKS NOT SAVED" }
        if let progress = state.scanProgress { left += " · " + progress.text }
        if let indexing = state.searchIndexing, indexing.total > 0 {
            left += " · indexing for search \(indexing.done * 100 / indexing.total)%"
        }
        if let filter = state.filter, !filter.isEditing { left += " · /" + Sanitizer.sanitize(filter.query) }
        return left
    }

    /// A line being typed (a query, a filter, a command), its end (where the typing is) in
    /// view, with help on the right where it fits.
    private static func drawEntry(_ line: String, help: String, in rect: Rect, on screen: inout Screen) {
        var text = line
        while text.displayWidth >= rect.width, text.count > 1 { text = "…" + String(text.dropFirst(2)) }
        let shown = text
        screen.put(shown, x: rect.x, y: rect.y, style: Style(.message, bold: true, reverse: true))
        let room = rect.width - shown.displayWidth - 3
        if room > 0 {
            let clipped = TextWrapper.truncate(help, toWidth: room)
            screen.put(clipped, x: rect.maxX - clipped.displayWidth - 1, y: rect.y, style: Style(.statusBar, reverse: true))
        }
    }
}
