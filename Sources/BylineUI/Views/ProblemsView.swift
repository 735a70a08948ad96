import BylineCore

/// `!`: every file the library skipped and why, as `byline check` prints them. Paths come
/// from the folder and may hold anything (newlines, escapes, bytes that are not UTF-8), so
/// they are drawn sanitized, like article text.
enum ProblemsView {
    /// The page's lines from `top`, at most `count`: a library can skip thousands of files, and
    /// only the lines on screen are sanitized for each frame.
    static func lines(_ skipped: [SkippedFile], from top: Int = 0, count: Int = .max) -> [String] {
        guard !skipped.isEmpty else { return ["Nothing skipped: every file is an article."] }
        let total = skipped.count * 2
        guard top < total else { return [] }
        return (top..<min(total, top + min(count, total))).map { line in
            let file = skipped[line / 2]
            return line % 2 == 0 ? Sanitizer.sanitize(file.path) : "    " + Sanitizer.sanitize(file.reason)
        }
    }

    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        guard rect.height > 0 else { return }
        screen.fill(rect, style: .normal)
        let count = state.skipped.count
        PaneHeader.draw(
            "Skipped — \(count) file\(count == 1 ? "" : "s") not read as articles", right: "any key closes",
            focused: true, in: rect, on: &screen)
        let height = rect.height - 1
        let total = state.skipped.isEmpty ? 1 : state.skipped.count * 2
        let top = min(state.overlayTop, max(0, total - height))
        let shown = lines(state.skipped, from: top, count: height)
        for (row, line) in shown.enumerated() {
            let style = line.hasPrefix("    ") ? Style(.muted) : Style.normal
            screen.put(TextWrapper.truncate(line, toWidth: rect.width - 3), x: rect.x + 2, y: rect.y + 1 + row, style: style)
        }
    }
}
