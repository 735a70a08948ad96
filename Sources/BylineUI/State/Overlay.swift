/// A page drawn over the panes until a key closes it.
public enum Overlay: Hashable, Sendable {
    /// `?`: the key list.
    case help
    /// `!`: the files the library skipped, each with its reason.
    case problems
    /// `L`: the article's links, one to pick.
    case links
}

extension AppState {
    /// The furthest the page scrolls: its last line at the bottom of the screen.
    var overlayMaxTop: Int {
        let lines = switch overlay {
        case .help?: keymap.bindings.count
        case .problems?: max(1, skipped.count * 2)
        case .links?: linkPicker?.rows.count ?? 0
        case nil: 0
        }
        // The page is the screen less the title and status lines and its own header.
        return max(0, lines - max(1, size.height - 3))
    }

    mutating func toggle(_ page: Overlay) -> [Effect] {
        overlay = overlay == page ? nil : page
        overlayTop = 0
        if overlay != .links { linkPicker = nil }
        return []
    }
}
