import BylineCore

/// The top line: the program, the library, and the view's filter.
enum TitleBar {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        let style = Style(.titleBar, bold: true, reverse: true)
        screen.fill(rect, style: style)
        let left = " Byline · \(state.libraryName)"
        let right = "\(state.currentSection.title)\(state.unreadOnly ? " · unread only" : "") "
        let used = screen.put(TextWrapper.truncate(left, toWidth: rect.width), x: rect.x, y: rect.y, style: style)
        if used + right.displayWidth + 2 <= rect.width {
            screen.put(right, x: rect.maxX - right.displayWidth, y: rect.y, style: style)
        }
    }
}
