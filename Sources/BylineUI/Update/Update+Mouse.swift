import BylineCore

/// The mouse: a click selects what is under it and focuses its pane, a double click opens it,
/// the wheel scrolls the pane under the pointer, and a click on a key hint runs it. Each goes
/// through the functions the keys use, so a click has the effects its keys would.
extension AppState {
    /// Rows, or lines of the article, that one notch of the wheel scrolls.
    static let wheelStep = 3

    mutating func mouse(_ event: MouseEvent) -> [Effect] {
        // A line being typed or a y/n question has the keyboard's whole attention.
        guard prompt == nil, pipeEntry == nil, searchEntry == nil, filter?.isEditing != true else { return [] }
        // What is under the pointer as drawn, so before the message (which hides the hints) goes.
        let target = hitTarget(x: event.x, y: event.y)
        switch event.kind {
        case .release:
            return []
        case .wheelUp, .wheelDown:
            message = nil
            return scroll(target, by: event.kind == .wheelUp ? -Self.wheelStep : Self.wheelStep)
        case .press, .click:
            let double = clicks.press(x: event.x, y: event.y, at: now)
            message = nil
            return click(target, double: double)
        case .doubleClick:
            clicks = ClickTracker()
            message = nil
            return click(target, double: true)
        }
    }

    private mutating func click(_ target: HitTarget, double: Bool) -> [Effect] {
        if let page = overlay, page != .links {
            return toggle(page)  // help and the problems close at a click anywhere
        }
        switch target {
        case .hint(let hint):
            guard let action = hint.action else { return [] }
            return update(&self, action)
        case .sectionRow(let row):
            focus = .sections
            var effects = selectSection(row)
            clampLists()
            if double { effects += openFocused() }
            return effects
        case .storyRow(let row):
            focus = .stories
            storyList.selected = row
            clampLists()
            // Opening loads the story itself: no preview first.
            return double ? openFocused() : previewSelection()
        case .pane(let pane):
            // As Tab would: the reading pane takes focus only with something in it.
            guard pane != .reader || reader != nil else { return [] }
            focus = pane
            clampLists()
            return []
        case .linkRow(let row):
            linkPicker?.typed = ""
            linkPicker?.list.selected = row
            clampLinkPicker()
            return double ? openSelectedLink() : []
        case .overlay, .nothing:
            return []
        }
    }

    /// Scrolls what is under the pointer, whichever pane has focus.
    private mutating func scroll(_ target: HitTarget, by delta: Int) -> [Effect] {
        switch overlay {
        case .links?:
            guard let count = linkPicker?.rows.count else { return [] }
            let height = linkPickerHeight
            linkPicker?.typed = ""
            linkPicker?.list.scroll(by: delta, count: count, height: height)
            return []
        case .help?, .problems?:
            overlayTop = min(max(0, overlayTop + delta), overlayMaxTop)
            return []
        case nil:
            break
        }
        switch target.pane {
        case .sections?:
            var list = sectionList
            list.scroll(by: delta, count: sections.count, height: layout.listHeight(.sections))
            sectionList.offset = list.offset
            // The selection goes along only when it would leave the view, and then as the keys
            // move it: the section's stories are listed.
            return selectSection(list.selected)
        case .stories?:
            storyList.scroll(by: delta, count: visible.count, height: storiesInView)
            return previewSelection()
        case .reader?:
            scrollReader(to: (reader?.top ?? 0) + delta)
            return []
        case nil:
            return []
        }
    }
}
