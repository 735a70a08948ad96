import Dispatch
import Synchronization

/// One value passed from one thread to another that waits for it: the identities a scan's
/// index save needs, decided while the save has already begun.
final class Handover<Value: Sendable>: Sendable {
    private let value = Mutex<Value?>(nil)
    private let ready = DispatchSemaphore(value: 0)

    func give(_ given: Value) {
        value.withLock { $0 = given }
        ready.signal()
    }

    /// Waits for `give`, then what it gave; call once.
    func take() -> Value? {
        ready.wait()
        return value.withLock { $0 }
    }
}
