import BylineApp
import BylineCore
import BylineStore
import BylineUI

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

    /// Cold index: scan, parse every file and record every identity in a new state file.
    /// Returns the number of articles.
    func indexLibrary() -> Int {
        session.load().entries.count
    }

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
