import BylineApp
import BylineCore
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
    private var state: AppState
    private var running = true
    /// Set when a signal (Ctrl-C, SIGTERM, SIGHUP) ended the loop rather than the reader.
    private(set) var wasInterrupted = false

    init(terminal: Terminal, session: InterfaceSession, libraryName: String) {
        self.terminal = terminal
        self.session = session
        performer = EffectPerformer(session: session)
        state = AppState(libraryName: libraryName, size: terminal.size)
    }

    func run() {
        terminal.draw(render(state))
        dispatch(.libraryLoaded(session.load()))
        while running {
            terminal.draw(render(state))
            guard let event = terminal.nextEvent(timeoutMilliseconds: 250) else { continue }
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

    private func dispatch(_ first: Action) {
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
        default:
            return performer.perform(effect)
        }
    }
}
