import BylineApp
import BylineConfig
import BylineCore
import Foundation
import BylineStore
import BylineTerminal
import BylineUI

/// The run loop: terminal events become actions, `update` changes the state, effects are
/// performed here (store writes, loading bodies, rescans) and come back as actions, and every
/// turn ends with one `render` drawn to the terminal.
final class InterfaceRunner {
    let terminal: Terminal
    private let session: InterfaceSession
    let performer: EffectPerformer
    private let mailbox = Mailbox()
    let scanner: BackgroundScanner
    private let searchIndexer: SearchIndexer
    let programs: ProgramSettings
    private(set) var state: AppState
    private var running = true
    /// Set when a signal (Ctrl-C, SIGTERM, SIGHUP) ended the loop rather than the reader.
    private(set) var wasInterrupted = false

    init(terminal: Terminal, session: InterfaceSession, libraryName: String, settings: Settings) {
        self.terminal = terminal
        programs = settings.programs
        self.session = session
        performer = EffectPerformer(session: session)
        scanner = BackgroundScanner(session: session, mailbox: mailbox)
        searchIndexer = SearchIndexer(index: session.index, mailbox: mailbox, isScanning: { [scanner] in scanner.isScanning })
        state = AppState(
            libraryName: libraryName, size: terminal.size,
            dates: DateDisplay(listFormat: settings.listDateFormat, articleFormat: settings.articleDateFormat))
        state.keymap = settings.keymap
        state.markRead = settings.markRead
        state.split = settings.split
        state.unreadOnly = settings.unreadOnly
        if let reason = session.store.unsavedReason {
            state.marksUnsaved = true
            state.message = StatusMessage("Marks cannot be saved (\(reason)); they last until you quit", isError: true)
        } else if session.index.problem != nil {
            // `byline check` gives the details; the reader needs to know nothing is lost.
            state.message = StatusMessage("Index damaged: rebuilt from the library; marks and stars are safe")
        }
        // The order the reader chose last time.
        if let saved = try? session.store.setting(SortOrder.settingName), let order = SortOrder(rawValue: saved) {
            state.sortOrder = order
        }
    }

    func run() {
        // From here on, marks another process makes are noticed (see the loop below).
        _ = session.marksMadeElsewhere()
        // The index draws the lists at once; the scan that checks them against the folder
        // runs behind the interface and its result replaces them when it arrives.
        // A large library shows its newest stories and true counts first; the whole list follows
        // from the index on the scanning thread, then the check against the folder.
        let firstScreen = session.firstScreen(limit: max(200, terminal.size.height * 4))
        if let firstScreen {
            dispatch(.libraryLoaded(firstScreen))
        } else if let cached = session.cachedContents() {
            dispatch(.libraryLoaded(cached))
        }
        if let positions = try? session.store.readingPositions() { dispatch(.readingPositionsLoaded(positions)) }
        terminal.draw(render(state))
        scanner.watchFolders()
        if firstScreen != nil { scanner.loadListThenScan() } else { scanner.request() }
        defer {
            // The open story's place, however the loop ended (q, Q, a signal).
            dispatch(.sessionEnding)
            searchIndexer.stop(within: .milliseconds(500))
            scanner.stopWatching()
            scanner.finishWritingIndex(within: .seconds(3))
        }
        var marksChecked = ContinuousClock.now
        while running {
            if scanner.needsPolling(every: .seconds(10)) { scanner.request() }
            // Marks another Byline or `byline mark` made show within about a second. Not while a
            // scan runs: it holds the state's writer for a while, and reads the marks when it ends.
            if ContinuousClock.now - marksChecked >= .seconds(1), !scanner.isScanning {
                marksChecked = .now
                session.marksMadeElsewhere().forEach(dispatch)
            }
            for action in mailbox.drain() {
                session.withCurrentReadState(action).forEach(dispatch)
                // The full-text index follows every scan's result into the index cache.
                if Self.endsAScan(action) { searchIndexer.request() }
            }
            // Today's counts age while the reader only reads.
            state.now = Date()
            terminal.draw(render(state))
            // Short waits while a scan runs, so its progress and result show promptly.
            let timeout = scanner.isScanning ? 50 : 250
            guard let event = terminal.nextEvent(timeoutMilliseconds: timeout) else { continue }
            switch event {
            case .key(let key):
                if let action = action(for: key, in: state) { dispatch(action) }
            case .resize(let size):
                dispatch(.resize(size))
            case .mouse(let event):
                dispatch(.mouse(event))
            case .interrupted:
                wasInterrupted = true
                running = false
            }
        }
    }

    private static func endsAScan(_ action: Action) -> Bool {
        switch action {
        case .libraryUnchanged: true
        case .libraryLoaded(let contents): !contents.isPartial
        default: false
        }
    }

    private func dispatch(_ first: Action) {
        state.now = Date()
        var pending = [first]
        while !pending.isEmpty {
            let action = pending.removeFirst()
            for effect in update(&state, action) {
                pending += perform(effect)
            }
        }
    }

    /// Does one effect; returns the actions that report its result.
    private func perform(_ effect: Effect) -> [Action] {
        switch effect {
        case .redraw:
            terminal.redrawAll()
            return []
        case .quit:
            running = false
            return []
        case .rescan:
            scanner.request()
            return []
        case .openLink, .copyToClipboard, .pipeArticle, .pageArticle:
            return performProgram(effect).map { [$0] } ?? []
        case .editArticle(let id):
            // The file may have changed: the article is read again (keeping the reader's
            // place), and a scan brings the lists up to date.
            guard let finished = performProgram(effect) else { return [] }
            scanner.request()
            let reloaded = state.entry(id).flatMap { performer.perform(.loadArticle(id, $0.summary)) }
            return [finished] + (reloaded.map { [$0] } ?? [])
        default:
            return performer.perform(effect).map { [$0] } ?? []
        }
    }
}
