/// Selection and scroll of a list, clamped in one place: the selected row is always visible.
public struct ListState: Hashable, Sendable {
    public var selected: Int = 0
    public var offset: Int = 0

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Keeps `selected` inside `0..<count` and `offset` such that it shows on a page of `height` rows.
    public mutating func clamp(count: Int, height: Int) {
        selected = count == 0 ? 0 : min(max(0, selected), count - 1)
        guard height > 0 else {
            offset = selected
            return
        }
        if selected < offset { offset = selected }
        if selected >= offset + height { offset = selected - height + 1 }
        offset = max(0, min(offset, max(0, count - height)))
    }

    public mutating func move(by delta: Int, count: Int, height: Int) {
        selected += delta
        clamp(count: count, height: height)
    }

    /// The wheel: moves the view by `delta` rows, and the selection only as far as it must to
    /// stay in view (as a pager's cursor does), so the list scrolls even while it is not focused.
    public mutating func scroll(by delta: Int, count: Int, height: Int) {
        guard count > 0, height > 0 else { return }
        offset = min(max(0, offset + delta), max(0, count - height))
        selected = min(max(selected, offset), offset + height - 1)
        clamp(count: count, height: height)
    }
}
