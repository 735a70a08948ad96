import BylineCore

/// Which action a key means right now: a pending y/n question, the filter being typed and the
/// help screen take keys before the keymap does.
public func action(for key: Key, in state: AppState) -> Action? {
    if state.prompt != nil {
        return .answer(key == .character("y") || key == .character("Y"))
    }
    if state.pipeEntry != nil {
        switch key {
        case .character(let character): return .pipeType(character)
        case .backspace: return .pipeErase
        case .control("u"): return .pipeClear
        case .tab: return .pipeToggleJSON
        case .enter: return .pipeSubmit
        case .escape: return .pipeCancel
        case .control("l"): return .redraw
        default: return nil
        }
    }
    if state.searchEntry != nil {
        switch key {
        case .character(let character): return .searchType(character)
        case .backspace: return .searchErase
        case .control("u"): return .searchClear
        case .up: return .searchHistory(older: true)
        case .down: return .searchHistory(older: false)
        case .enter: return .searchSubmit
        case .escape: return .searchCancel
        case .control("l"): return .redraw
        default: return nil
        }
    }
    if state.filter?.isEditing == true {
        switch key {
        case .character(let character): return .filterType(character)
        case .backspace: return .filterErase
        case .control("u"): return .filterClear
        case .enter: return .filterAccept
        case .escape: return .filterCancel
        case .down: return .moveDown
        case .up: return .moveUp
        case .pageDown: return .pageDown
        case .pageUp: return .pageUp
        case .home: return .first
        case .end: return .last
        case .control("l"): return .redraw
        default: return nil
        }
    }
    if state.overlay == .links {
        switch key {
        case .character("j"), .down: return .moveDown
        case .character("k"), .up: return .moveUp
        case .character(" "), .pageDown: return .pageDown
        case .character("b"), .pageUp: return .pageUp
        case .character("g"), .home: return .first
        case .character("G"), .end: return .last
        case .character(let digit) where digit.isASCII && digit.isWholeNumber:
            return digit.wholeNumberValue.map(Action.linkDigit)
        case .enter, .character("l"), .right, .character("o"): return .openSelectedLink
        case .character("y"): return .copySelectedLink
        case .escape, .character("q"), .character("h"), .left, .character("L"): return .back
        case .character("Q"): return .quit
        case .control("l"): return .redraw
        default: return nil
        }
    }
    if let overlay = state.overlay {
        switch key {
        case .character("j"), .down: return .moveDown
        case .character("k"), .up: return .moveUp
        case .character(" "), .pageDown: return .pageDown
        case .character("b"), .pageUp: return .pageUp
        case .character("g"), .home: return .first
        case .character("G"), .end: return .last
        case .character("Q"): return .quit
        case .control("l"): return .redraw
        default: return overlay == .help ? .toggleHelp : .toggleProblems
        }
    }
    return state.keymap.action(for: key, focus: state.focus)
}
