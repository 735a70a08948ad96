/// A page drawn over the panes until a key closes it.
public enum Overlay: Hashable, Sendable {
    /// `?`: the key list.
    case help
    /// `!`: the files the library skipped, each with its reason.
    case problems
}

extension AppState {
    mutating func toggle(_ page: Overlay) -> [Effect] {
        overlay = overlay == page ? nil : page
        overlayTop = 0
        return []
    }
}
