import BylineUI
import Foundation
import Synchronization

/// Runs library scans on their own thread, so the interface never waits for one. Progress
/// and the result arrive in the mailbox. A request while a scan runs is remembered and served
/// by one more scan when it ends, so a burst of changes costs at most two scans.
public final class BackgroundScanner: Sendable {
    private let session: InterfaceSession
    private let mailbox: Mailbox
    private let runs = RerunGate()
    private let watcher = Mutex<FolderWatcher?>(nil)
    private let lastFinished = Mutex(ContinuousClock.now)
    /// The lists have a scan's result while its index is still being written.
    private let writingIndex = Mutex(false)
    /// Progress is posted at most this often: the status line cannot show more.
    private static let progressInterval: Duration = .milliseconds(100)

    public init(session: InterfaceSession, mailbox: Mailbox) {
        self.session = session
        self.mailbox = mailbox
    }

    public var isScanning: Bool { runs.isRunning }

    /// Waits, up to `limit`, for the index of a scan whose result the lists already show to be
    /// written: quitting meanwhile would cost the next start a full read of the library (half
    /// a second of writing after a first start of 100,000 articles). A scan still reading
    /// files is not waited for.
    public func finishWritingIndex(within limit: Duration) {
        let deadline = ContinuousClock.now + limit
        while writingIndex.withLock({ $0 }), ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    /// Watches the library's folders from now on and scans when they change. False when the
    /// system cannot watch them; `needsPolling` then says to ask for scans now and then.
    @discardableResult
    public func watchFolders() -> Bool {
        let created = FolderWatcher { [weak self] in self?.request() }
        watcher.withLock { $0 = created }
        return created != nil
    }

    public func stopWatching() {
        watcher.withLock { watcher in
            watcher?.stop()
            watcher = nil
        }
    }

    /// True when changes could go unseen (no watcher, or folders it could not watch) and the
    /// last scan ended more than `interval` ago.
    public func needsPolling(every interval: Duration) -> Bool {
        let blind = watcher.withLock { $0.map(\.isIncomplete) ?? true }
        return blind && !isScanning && ContinuousClock.now - lastFinished.withLock { $0 } >= interval
    }

    /// After a first screen of only the newest stories: the whole list from the index comes
    /// first, on this thread, then the scan.
    public func loadListThenScan() {
        start(loadingListFirst: true)
    }

    public func request() {
        start(loadingListFirst: false)
    }

    private func start(loadingListFirst: Bool) {
        guard runs.enter() else { return }
        let thread = Thread { [self] in
            if loadingListFirst, let cached = session.cachedContents() { mailbox.post(.libraryLoaded(cached)) }
            scanUntilSettled()
        }
        thread.name = "byline-scan"
        thread.start()
    }

    private func scanUntilSettled() {
        repeat {
            var lastPosted = ContinuousClock.now - Self.progressInterval
            let reconciled = session.reconcile(
                progress: { done, total in
                    let now = ContinuousClock.now
                    guard done < total, now - lastPosted >= Self.progressInterval else { return }
                    lastPosted = now
                    mailbox.post(.scanProgress(done: done, total: total))
                },
                partial: { self.mailbox.post(.libraryLoaded($0)) },
                // The lists need not wait for the index to be written.
                decided: {
                    self.writingIndex.withLock { $0 = true }
                    self.mailbox.post(.libraryLoaded($0))
                },
                allowUnchanged: true)
            writingIndex.withLock { $0 = false }
            watcher.withLock { $0?.watch(reconciled.folders) }
            lastFinished.withLock { $0 = .now }
            if reconciled.isUnchanged {
                mailbox.post(.libraryUnchanged)
            } else if !reconciled.wasHandedOut {
                mailbox.post(.libraryLoaded(reconciled.contents))
            }
        } while runs.shouldRunAgain()
    }
}
