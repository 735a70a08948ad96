import BylineCore

/// Draws the whole interface for a state into a fresh screen. Pure: the terminal copies the
/// result, and tests compare it with a few lines of text.
public func render(_ state: AppState) -> Screen {
    var screen = Screen(size: state.size)
    guard state.size.width > 0, state.size.height > 0 else { return screen }
    let layout = state.layout
    if let bar = layout.titleBar { TitleBar.draw(state, in: bar, on: &screen) }
    let body = Rect(
        x: 0, y: layout.titleBar == nil ? 0 : 1, width: state.size.width,
        height: state.size.height - (layout.titleBar == nil ? 0 : 1) - (layout.statusBar == nil ? 0 : 1))

    if !state.hasLoaded {
        CenteredText.draw(["Loading \(state.libraryName)…"], in: body, on: &screen)
    } else if state.entries.isEmpty {
        CenteredText.draw(EmptyLibrary.lines(state), in: body, on: &screen)
    } else {
        if let rect = layout.panes[.sections] { SectionPane.draw(state, in: rect, on: &screen) }
        if let rect = layout.panes[.stories] { StoryPane.draw(state, in: rect, on: &screen) }
        if let rect = layout.panes[.reader] { ReaderPane.draw(state, in: rect, on: &screen) }
        if let divider = layout.divider {
            for y in body.y..<body.maxY { screen.put("│", x: divider, y: y, style: Style(.muted)) }
        }
    }
    switch state.overlay {
    case .help?: HelpView.draw(state, in: body, on: &screen)
    case .problems?: ProblemsView.draw(state, in: body, on: &screen)
    case .links?: LinksView.draw(state, in: body, on: &screen)
    case nil: break
    }
    if let bar = layout.statusBar { StatusBar.draw(state, in: bar, on: &screen) }
    return screen
}
