import BylineCore

/// The one place the state changes: an action in, the next state and the effects out. Pure, so
/// every behaviour is testable without a terminal. Split by concern into the `Update+*` files.
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    let place = state.openPlace
    let wasReading = state.focus == .reader
    var effects = apply(action, to: &state)
    effects += state.markReadAtEnd()
    // Where the story was left is kept when it is left: another story opened, the reading
    // pane left, or the program ending. Before `.quit`, so it is written first.
    let ending = action == .sessionEnding || effects.contains(.quit)
    let left = state.reader?.id != place?.id || state.reader?.isOpen != true || (wasReading && state.focus != .reader)
    if let place, ending || left {
        effects.insert(contentsOf: state.keep(place), at: 0)
    }
    return effects
}

private func apply(_ action: Action, to state: inout AppState) -> [Effect] {
    switch action {
    case .libraryLoaded, .libraryUnchanged, .readStateLoaded, .starsLoaded, .articleLoaded, .storeFailed, .resize, .scanProgress,
         .searchIndexProgress, .snippetsLoaded, .programFinished, .readingPositionsLoaded, .sessionEnding:
        break
    case .mouse:
        break  // `mouse` clears it once it has found what was under the pointer: a message hides hints
    default:
        state.message = nil
    }
    if state.prompt != nil, case .answer(let yes) = action {
        return state.answerPrompt(yes)
    }

    switch action {
    case .moveDown: return state.move(by: 1)
    case .moveUp: return state.move(by: -1)
    case .pageDown: return state.page(by: 1)
    case .pageUp: return state.page(by: -1)
    case .first: return state.jump(toEnd: false)
    case .last: return state.jump(toEnd: true)
    case .open: return state.openFocused()
    case .back: return state.back(quitAtTop: false)
    case .backOrQuit: return state.back(quitAtTop: true)
    case .focusNext: return state.cycleFocus(by: 1)
    case .focusPrevious: return state.cycleFocus(by: -1)
    case .readOn: return state.readOn()
    case .nextUnread: return state.findUnread(forward: true)
    case .previousUnread: return state.findUnread(forward: false)
    case .nextStory: return state.stepStory(by: 1)
    case .previousStory: return state.stepStory(by: -1)
    case .toggleRead: return state.toggleRead()
    case .toggleStar: return state.toggleStar()
    case .cycleSort: return state.cycleSort()
    case .startFilter: return state.startFilter()
    case .filterType(let character): return state.typeInFilter(character)
    case .filterErase: return state.eraseInFilter()
    case .filterClear: return state.clearInFilter()
    case .filterAccept: return state.acceptFilter()
    case .filterCancel: return state.clearFilter()
    case .startSearch: return state.startSearch()
    case .searchType(let character): return state.typeInSearch(character)
    case .searchErase: return state.eraseInSearch()
    case .searchClear:
        state.searchEntry = state.searchEntry.map { _ in "" }
        return []
    case .searchSubmit: return state.submitSearch()
    case .searchHistory(let older): return state.recallSearch(older: older)
    case .searchCancel: return state.cancelSearch()
    case .searchFinished(let outcome): return state.searchFinished(outcome)
    case .snippetsLoaded(let snippets, let query):
        if state.searchResults?.query == query { state.searchResults?.snippets.merge(snippets) { old, _ in old } }
        return []
    case .searchIndexProgress(let done, let total):
        state.searchIndexing = done < total ? ScanProgress(done: done, total: total) : nil
        if done >= total { state.searchIndexCaughtUp = true }
        return []
    case .nextMatch: return state.findMatch(forward: true)
    case .previousMatch: return state.findMatch(forward: false)
    case .markAllRead: return state.askMarkAllRead()
    case .toggleUnreadOnly: return state.toggleUnreadOnly()
    case .undo: return state.undoLastChange()
    case .answer: return []
    case .previouslyOpenedStory: return state.openPreviousStory()
    case .readingPositionsLoaded(let positions):
        state.readingPositions = positions
        return []
    case .sessionEnding: return []
    case .showLinks: return state.showLinks()
    case .linkDigit(let digit): return state.typeLinkDigit(digit)
    case .openSelectedLink: return state.openSelectedLink()
    case .copySelectedLink: return state.copySelectedLink()
    case .openArticleLink: return state.openArticleLink()
    case .copyArticleLink: return state.copyArticleLink()
    case .startPipe: return state.startPipe()
    case .pipeType(let character): return state.typeInPipe(character)
    case .pipeErase: return state.eraseInPipe()
    case .pipeClear:
        state.pipeEntry?.command = ""
        return []
    case .pipeToggleJSON:
        state.pipeEntry?.asJSON.toggle()
        return []
    case .pipeSubmit: return state.submitPipe()
    case .pipeCancel:
        state.pipeEntry = nil
        return []
    case .viewInPager: return state.viewInPager()
    case .editFile: return state.editFile()
    case .programFinished(let end): return state.programFinished(end)
    case .rescan:
        state.message = StatusMessage("Rescanning the library…")
        state.rescanRequested = true
        return [.rescan]
    case .redraw: return [.redraw]
    case .toggleHelp: return state.toggle(.help)
    case .toggleProblems: return state.toggle(.problems)
    case .quit: return [.quit]
    case .resize(let size): return state.resize(to: size)
    case .mouse(let event): return state.mouse(event)
    case .libraryLoaded(let contents): return state.libraryLoaded(contents)
    case .libraryUnchanged:
        state.scanProgress = nil
        if state.rescanRequested { state.announceLibrary() }
        state.rescanRequested = false
        return []
    case .readStateLoaded(let read):
        state.setReadState(read)
        return []
    case .starsLoaded(let starred):
        state.setStarState(starred)
        return []
    case .scanProgress(let done, let total):
        state.scanProgress = done < total ? ScanProgress(done: done, total: total) : nil
        return []
    case .articleLoaded(let id, let result): return state.articleLoaded(id, result)
    case .storeFailed(let reason):
        state.message = StatusMessage("Could not save marks: \(reason)", isError: true)
        return []
    }
}
