import BylineCore

/// Where each part of the interface goes for a terminal size. Wide terminals (at least 100x24)
/// show three panes; narrow ones show the focused pane alone. Each pane's first row is its header.
public struct Layout: Hashable, Sendable {
    public static let wideMinimum = Size(width: 100, height: 24)

    public var isWide: Bool
    public var titleBar: Rect?
    public var statusBar: Rect?
    public var panes: [Pane: Rect]
    /// The column of the separator between the section pane and the rest, in the wide layout.
    public var divider: Int?
    private var bodyWidth: Int

    public init(size: Size, focus: Pane, split: PaneSplit = .standard) {
        bodyWidth = size.width
        isWide = size.width >= Self.wideMinimum.width && size.height >= Self.wideMinimum.height
        titleBar = size.height >= 3 ? Rect(x: 0, y: 0, width: size.width, height: 1) : nil
        statusBar = size.height >= 2 ? Rect(x: 0, y: size.height - 1, width: size.width, height: 1) : nil
        let top = titleBar == nil ? 0 : 1
        let bodyHeight = size.height - top - (statusBar == nil ? 0 : 1)
        let body = Rect(x: 0, y: top, width: size.width, height: bodyHeight)
        guard isWide else {
            panes = [focus: body]
            divider = nil
            return
        }
        // Whatever the setting, each side keeps room to be read.
        let left = min(split.sectionsWidth ?? min(32, max(20, size.width / 5)), size.width / 2)
        let right = Rect(x: left + 1, y: top, width: size.width - left - 1, height: bodyHeight)
        let storiesHeight = min(max(6, bodyHeight * split.storiesPercent / 100), bodyHeight - 4)
        panes = [
            .sections: Rect(x: 0, y: top, width: left, height: bodyHeight),
            .stories: Rect(x: right.x, y: top, width: right.width, height: storiesHeight),
            .reader: Rect(x: right.x, y: top + storiesHeight, width: right.width, height: bodyHeight - storiesHeight),
        ]
        divider = left
    }

    /// Rows available for a pane's content, below its header (0 when the pane is hidden).
    public func listHeight(_ pane: Pane) -> Int {
        max(0, (panes[pane]?.height ?? 0) - 1)
    }

    /// The width the reading pane wraps text to, with a one-cell margin on each side; in the
    /// narrow layout the reader takes the whole width even while another pane shows.
    public var readerTextWidth: Int {
        max(1, (panes[.reader]?.width ?? bodyWidth) - 2)
    }

    /// Lines of article text on one page of the reading pane.
    public var readerPageHeight: Int {
        listHeight(.reader)
    }
}
