import Foundation
import Glibc
import Synchronization

/// Watches the library's folders with inotify and calls `onChange` once things settle after a
/// file is added, written, moved or removed. A fetch script writing fifty files is one call,
/// not fifty: `onChange` waits until the folder has been quiet for `quietPeriod` (at most
/// `longestWait` after the first event).
public final class FolderWatcher: Sendable {
    private let descriptor: Int32
    private let watched = Mutex<Set<[UInt8]>>([])
    /// Set when a folder could not be watched (the per-user watch limit, a vanished folder):
    /// the caller then falls back to rescanning now and then.
    private let incomplete = Atomic<Bool>(false)
    private let stopped = Atomic<Bool>(false)
    private let onChange: @Sendable () -> Void

    static let quietPeriod: Duration = .milliseconds(300)
    static let longestWait: Duration = .seconds(1)
    private static let events: UInt32 = UInt32(IN_CREATE | IN_DELETE | IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_FROM
        | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Nil where inotify is not available (another system, or no descriptors left).
    public init?(onChange: @escaping @Sendable () -> Void) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.onChange = onChange
        let thread = Thread { [self] in run() }
        thread.name = "byline-watch"
        thread.start()
    }

    /// True when some folder is not watched, so changes there would go unseen.
    public var isIncomplete: Bool { incomplete.load(ordering: .relaxed) }

    /// Adds watches for folders not watched yet (a scan reports every folder it read).
    public func watch(_ folders: [[UInt8]]) {
        let new = watched.withLock { known in folders.filter { known.insert($0).inserted } }
        for folder in new {
            let result = (folder + [0]).withUnsafeBufferPointer { path in
                path.withMemoryRebound(to: CChar.self) { inotify_add_watch(descriptor, $0.baseAddress, Self.events) }
            }
            if result < 0 { incomplete.store(true, ordering: .relaxed) }
        }
    }

    public func stop() {
        stopped.store(true, ordering: .relaxed)
    }

    private func run() {
        var firstEvent: ContinuousClock.Instant?
        var lastEvent = ContinuousClock.now
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !stopped.load(ordering: .relaxed) {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 100)
            if ready > 0 {
                // Which file changed does not matter: the scan compares the whole folder with
                // the index, which costs little when almost nothing changed.
                while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
                lastEvent = .now
                if firstEvent == nil { firstEvent = lastEvent }
            }
            if let first = firstEvent,
               ContinuousClock.now - lastEvent >= Self.quietPeriod || ContinuousClock.now - first >= Self.longestWait {
                firstEvent = nil
                onChange()
            }
        }
        close(descriptor)
    }
}
