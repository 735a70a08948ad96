import BylineCore

/// A few lines in the middle of an area: loading and empty-library notices.
enum CenteredText {
    static func draw(_ lines: [String], in rect: Rect, on screen: inout Screen) {
        let wrapped = lines.flatMap { $0.isEmpty ? [""] : TextWrapper.wrap($0, width: max(1, rect.width - 2)) }
        let top = rect.y + max(0, (rect.height - wrapped.count) / 2)
        for (index, line) in wrapped.enumerated() where top + index < rect.maxY {
            let x = rect.x + max(0, (rect.width - line.displayWidth) / 2)
            screen.put(line, x: x, y: top + index, style: index == 0 ? Style(bold: true) : .normal)
        }
    }
}

/// What an empty library says instead of an empty frame.
enum EmptyLibrary {
    static func lines(_ state: AppState) -> [String] {
        var lines = [
            "No articles in \(state.libraryName) yet.",
            "",
            "Add articles as .txt files, one per file; folders become sections.",
            "Press r to rescan, q to quit.",
        ]
        if !state.skipped.isEmpty {
            lines.append("")
            lines.append("\(state.skipped.count) file\(state.skipped.count == 1 ? " was" : "s were") skipped: `byline check` says why.")
        }
        return lines
    }
}
