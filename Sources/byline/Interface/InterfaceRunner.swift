import BylineApp
import BylineCore
import Foundation
import BylineStore
import BylineTerminal
import BylineUI

/// The run loop: terminal events become actions, `update` changes the state, effects are
/// performed here (store writes, loading bodies, rescans) and come back as actions, and every
/// turn ends with one `render` drawn to the terminal.
final class InterfaceRunner {
    private let terminal: Terminal
    private let session: InterfaceSession
    private let performer: EffectPerformer
    private let mailbox = Mailbox()
    private let scanner: BackgroundScanner
    private let searchIndexer: SearchIndexer
    private var state: AppState
    private var running = true
    /// Set when a signal (Ctrl-C, SIGTERM, SIGHUP) ended the loop rather than the reader.
    private(set) var wasInterrupted = false

    init(terminal: Terminal, session: InterfaceSession, libraryName: String) {
        self.terminal = terminal
        self.session = session
        performer = EffectPerformer(session: session)
        scanner = BackgroundScanner(session: session, mailbox: mailbox)
        searchIndexer = SearchIndexer(index: session.index, mailbox: mailbox, isScanning: { [scanner] in scanner.isScanning })
        state = AppState(libraryName: libraryName, size: terminal.size)
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
        terminal.draw(render(state))
        scanner.watchFolders()
        if firstScreen != nil { scanner.loadListThenScan() } else { scanner.request() }
        defer {
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
                if let result = perform(effect) { pending.append(result) }
            }
        }
    }

    /// Does one effect; returns the action that reports its result, if any.
    private func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .redraw:
            terminal.redrawAll()
            return nil
        case .quit:
            running = false
            return nil
        case .rescan:
            scanner.request()
            return nil
        default:
            return performer.perform(effect)
        }
    }
}
