import BylineApp
import BylineCore
import BylineStore
import BylineUI
import Foundation

/// Every call the benchmark makes into Byline's own code path, in one place: the same session,
/// effects and index as the interface. Everything else in the benchmark speaks in keys and
/// timings.
struct BenchSession {
    /// The terminal the frames are rendered for: wide enough for all three panes.
    static let screenSize = Size(width: 120, height: 40)

    private let session: InterfaceSession
    private let performer: EffectPerformer
    private(set) var state: AppState
    /// The latest frame, kept so rendering is real work the optimizer cannot drop.
    private(set) var frame: Screen
    private var needsWholeList = false

    /// Opens the library and its state file as the interface does, before anything is scanned.
    init(library: String, statePath: String) throws {
        let scanner = try LibraryScanner(root: library)
        let store = try Store(path: statePath)
        session = InterfaceSession(scanner: scanner, store: store, statePath: statePath)
        performer = EffectPerformer(session: session)
        state = AppState(libraryName: "bench", size: Self.screenSize)
        frame = render(state)
    }

    /// Cold index: a first start with a new state file, as the interface runs it. The scan
    /// runs on its own thread and posts partial lists, progress and the whole list to a
    /// mailbox; this thread takes them, waiting between looks as the run loop waits for a key,
    /// and draws each frame, up to the one with the whole list. Then it waits for the scan to
    /// end, which it does once the index is written. Returns the number of articles and when
    /// (`Timing.monotonicNanoseconds`) the whole list was drawn.
    mutating func firstStart() -> (articles: Int, shownAt: Int64) {
        let mailbox = Mailbox()
        let scanner = BackgroundScanner(session: session, mailbox: mailbox)
        scanner.request()
        var complete = false
        while !complete {
            for action in mailbox.drain() {
                if case .libraryLoaded(let contents) = action, !contents.isPartial { complete = true }
                session.withCurrentReadState(action).forEach { dispatch($0) }
            }
            frame = render(state)
            if !complete { Thread.sleep(forTimeInterval: Self.runLoopWait) }
        }
        let shownAt = Timing.monotonicNanoseconds()
        while scanner.isScanning { Thread.sleep(forTimeInterval: 0.005) }
        return (state.storyCount, shownAt)
    }

    /// The run loop's wait for a key while a scan runs (see `InterfaceRunner.run`).
    static let runLoopWait = 0.05

    /// Warm start: the run loop's first turn with the library, up to the first full frame (the
    /// lists and the first story previewed in the reading pane), drawn from the index as the
    /// interface does; the check against the folder that follows it there is the rescan row.
    mutating func showLibrary() -> Int {
        if let first = session.firstScreen(limit: max(200, Self.screenSize.height * 4)) {
            dispatch(.libraryLoaded(first))
            needsWholeList = true
        } else {
            dispatch(.libraryLoaded(session.cachedContents() ?? session.load()))
        }
        frame = render(state)
        return state.storyCount
    }

    /// After a first screen of only the newest stories, the whole list from the index, as
    /// the interface's scanning thread loads it, and the frame it gives.
    mutating func completeLibrary() {
        guard needsWholeList, let cached = session.cachedContents() else { return }
        dispatch(.libraryLoaded(cached))
        frame = render(state)
        needsWholeList = false
    }

    /// The full-text index brought up to date at once, on all cores, as `byline search` does
    /// (the interface does the same work on one idle-priority thread, behind the lists).
    func buildSearchIndex() throws {
        try session.index.catchUpSearch()
    }

    /// Bytes of the index cache's own tables and of the full-text index.
    func footprint() -> (index: Int64, search: Int64)? {
        session.index.footprint()
    }

    /// A query as the index answers it, without snippets: what the Finding issue's target is for.
    func query(_ text: String) throws -> SearchResults {
        try session.index.search(SearchQuery(text), limit: InterfaceSession.searchLimit)
    }

    /// One keystroke as the run loop handles it: keymap, `update`, effects performed and their
    /// results fed back, then one frame rendered.
    mutating func press(_ key: Key) {
        if let action = action(for: key, in: state) { dispatch(action) }
        frame = render(state)
    }

    /// The same loop as `InterfaceRunner.dispatch`; redraw and quit are the terminal's business.
    private mutating func dispatch(_ first: Action) {
        var pending = [first]
        while !pending.isEmpty {
            let next = pending.removeFirst()
            for effect in update(&state, next) {
                if let result = performer.perform(effect) { pending.append(result) }
            }
        }
    }
}
