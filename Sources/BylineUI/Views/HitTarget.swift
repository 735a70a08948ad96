import BylineCore

/// What the mouse points at, worked out from the layout, list offsets and row heights the
/// views draw with, so a click lands on what the reader sees under it.
enum HitTarget: Hashable {
    case sectionRow(Int)
    /// A row of the story list, by its index in `visible` (a search result's snippet line too).
    case storyRow(Int)
    /// A pane's header, the part of a list below its last row, or the reading pane.
    case pane(Pane)
    case linkRow(Int)
    /// Anywhere else on the help, problems or links page.
    case overlay
    case hint(KeyHint)
    /// The title line, the divider, the status line away from a hint.
    case nothing

    /// The pane the target is in, for the wheel.
    var pane: Pane? {
        switch self {
        case .sectionRow: .sections
        case .storyRow: .stories
        case .pane(let pane): pane
        default: nil
        }
    }
}

extension AppState {
    func hitTarget(x: Int, y: Int) -> HitTarget {
        let layout = self.layout
        if let bar = layout.statusBar, bar.contains(x: x, y: y) {
            return StatusBar.hint(at: x, for: self, in: bar).map(HitTarget.hint) ?? .nothing
        }
        if overlay != nil { return overlayTarget(y: y, layout: layout) }
        // Before the first load, and in an empty library, the panes are not drawn.
        guard hasLoaded, !entries.isEmpty,
              let (pane, rect) = layout.panes.first(where: { $0.value.contains(x: x, y: y) }) else { return .nothing }
        let row = y - rect.y - 1  // below the header
        guard row >= 0 else { return .pane(pane) }
        switch pane {
        case .sections:
            let index = sectionList.offset + row
            return sections.indices.contains(index) ? .sectionRow(index) : .pane(.sections)
        case .stories:
            // Only whole rows are drawn: a search result's two lines need room for both.
            let index = storyList.offset + row / storyRowHeight
            guard row / storyRowHeight < storiesInView, visible.indices.contains(index) else { return .pane(.stories) }
            return .storyRow(index)
        case .reader:
            return .pane(.reader)
        }
    }

    /// The overlays cover everything between the title and status lines; the links page lists
    /// its rows below its header.
    private func overlayTarget(y: Int, layout: Layout) -> HitTarget {
        let top = layout.titleBar == nil ? 0 : 1
        guard overlay == .links, let picker = linkPicker else { return .overlay }
        let index = picker.list.offset + (y - top - 1)
        guard y > top, picker.rows.indices.contains(index) else { return .overlay }
        return .linkRow(index)
    }
}
