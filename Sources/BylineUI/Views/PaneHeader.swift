import BylineCore

/// The first row of a pane: its name and facts. The focused pane's header is in reverse video,
/// which shows focus on any terminal, colour or not.
enum PaneHeader {
    static func draw(_ text: String, right: String = "", focused: Bool, in rect: Rect, on screen: inout Screen) {
        guard rect.height > 0, rect.width > 0 else { return }
        let style = Style(.paneHeader, bold: true, reverse: focused, underline: !focused)
        screen.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: style)
        // The right-hand facts only when they leave the name room to be read.
        let rightWidth = right.isEmpty || rect.width < 30 ? 0 : min(right.displayWidth + 2, rect.width / 2)
        screen.put(TextWrapper.truncate(" " + text, toWidth: rect.width - rightWidth), x: rect.x, y: rect.y, style: style)
        if rightWidth > 0 {
            let clipped = TextWrapper.truncate(right, toWidth: rightWidth - 1)
            screen.put(clipped, x: rect.maxX - clipped.displayWidth - 1, y: rect.y, style: style)
        }
    }
}
