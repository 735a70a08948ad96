import BylineCore

/// The key list, drawn from the keymap itself so it always matches what the keys do.
enum HelpView {
    static func lines(_ keymap: Keymap) -> [String] {
        let keys = keymap.bindings.map { $0.keys.map(\.label).joined(separator: " ") }
        let width = keys.map(\.displayWidth).max() ?? 0
        return zip(keys, keymap.bindings).map { key, binding in
            TextWrapper.pad(key, toWidth: width) + "  " + binding.context.label + binding.help
        }
    }

    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        guard rect.height > 0 else { return }
        screen.fill(rect, style: .normal)
        PaneHeader.draw("Keys", right: "any key closes", focused: true, in: rect, on: &screen)
        let all = lines(state.keymap)
        let height = rect.height - 1
        let top = min(state.overlayTop, max(0, all.count - height))
        for row in 0..<height where top + row < all.count {
            screen.put(all[top + row], x: rect.x + 2, y: rect.y + 1 + row, maxWidth: rect.width - 3)
        }
    }
}
