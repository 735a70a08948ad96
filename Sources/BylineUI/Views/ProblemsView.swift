import BylineCore

/// `!`: every file the library skipped and why, as `byline check` prints them. Paths come
/// from the folder and may hold anything (newlines, escapes, bytes that are not UTF-8), so
/// they are drawn sanitized, like article text.
enum ProblemsView {
    static func lines(_ skipped: [SkippedFile]) -> [String] {
        guard !skipped.isEmpty else { return ["Nothing skipped: every file is an article."] }
        return skipped.flatMap { file in
            [Sanitizer.sanitize(file.path), "    " + Sanitizer.sanitize(file.reason)]
        }
    }

    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        guard rect.height > 0 else { return }
        screen.fill(rect, style: .normal)
        let count = state.skipped.count
        PaneHeader.draw(
            "Skipped — \(count) file\(count == 1 ? "" : "s") not read as articles", right: "any key closes",
            focused: true, in: rect, on: &screen)
        let all = lines(state.skipped)
        let height = rect.height - 1
        let top = min(state.overlayTop, max(0, all.count - height))
        for row in 0..<height where top + row < all.count {
            let line = all[top + row]
            let style = line.hasPrefix("    ") ? Style(.muted) : Style.normal
            screen.put(TextWrapper.truncate(line, toWidth: rect.width - 3), x: rect.x + 2, y: rect.y + 1 + row, style: style)
        }
    }
}
