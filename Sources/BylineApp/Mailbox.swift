import BylineUI
import Synchronization

/// Actions posted by background work (scans, the folder watcher) for the interface's thread,
/// which takes them between key presses. Posting never blocks on the interface.
public final class Mailbox: Sendable {
    private let actions = Mutex<[Action]>([])

    public init() {}

    public func post(_ action: Action) {
        actions.withLock { $0.append(action) }
    }

    /// Everything posted so far, oldest first; the mailbox is empty afterwards.
    public func drain() -> [Action] {
        actions.withLock { pending in
            defer { pending.removeAll() }
            return pending
        }
    }
}
