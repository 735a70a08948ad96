import Dispatch
import Synchronization

/// One value passed from one thread to another that waits for it: the identities a scan's
/// index save needs, decided while the save has already begun.
final class Handover<Value: Sendable>: Sendable {
    private let value = Mutex<Value?>(nil)
    private let given = Atomic<Bool>(false)
    private let ready = DispatchSemaphore(value: 0)

    /// The first call gives; later ones do nothing, so a caller may give a fallback on every
    /// way out without waking the taker twice. Nil says there is nothing to give.
    func give(_ value: Value?) {
        guard given.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged else {
            return
        }
        self.value.withLock { $0 = value }
        ready.signal()
    }

    /// Waits for `give`, then what it gave (nil: nothing); call once.
    func take() -> Value? {
        ready.wait()
        return value.withLock { $0 }
    }
}
