import BylineStore
import BylineUI
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Fills the full-text index behind the interface, newest stories first, a batch at a time on
/// one low-priority thread, so keys are answered as quickly as before; it waits while a scan
/// runs. Progress goes to the mailbox. Stopping takes effect between batches: a batch cut
/// short by quitting is a transaction never committed, so the index stays whole.
public final class SearchIndexer: Sendable {
    private let index: IndexCache
    private let mailbox: Mailbox
    private let isScanning: @Sendable () -> Bool
    private let runs = RerunGate()

    /// Articles per transaction: about a tenth of a second of work.
    static let batchSize = 256

    public init(index: IndexCache, mailbox: Mailbox, isScanning: @escaping @Sendable () -> Bool) {
        self.index = index
        self.mailbox = mailbox
        self.isScanning = isScanning
    }

    public var isIndexing: Bool { runs.isRunning }

    /// Brings the index up to date with the index cache, now or after the current round.
    public func request() {
        guard runs.enter() else { return }
        let thread = Thread { [self] in
            Self.lowerPriority()
            repeat { catchUp() } while runs.shouldRunAgain()
        }
        thread.name = "byline-search-index"
        thread.start()
    }

    /// No more batches; waits up to `limit` for the current one to end.
    public func stop(within limit: Duration) {
        runs.close()
        let deadline = ContinuousClock.now + limit
        while isIndexing, ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.01) }
    }

    private var isStopped: Bool { runs.isClosed }

    /// Batch by batch, waiting while a scan runs (its result reaches the lists before its rows
    /// reach the index cache, and it holds the writer). A batch that fails (a full disk, another
    /// Byline holding the lock too long) ends the round; the next scan asks again.
    private func catchUp() {
        let caughtUp = try? index.catchUpSearch(
            batch: Self.batchSize, parallel: false,
            goOn: {
                while isScanning(), !isStopped { Thread.sleep(forTimeInterval: 0.1) }
                return !isStopped
            },
            progress: { mailbox.post(.searchIndexProgress(done: $0, total: $1)) })
        // Said even when no batch ran, so that the interface knows a search now covers every
        // story the index cache holds.
        if let count = caughtUp ?? nil { mailbox.post(.searchIndexProgress(done: count, total: count)) }
    }

    /// SCHED_IDLE: part of the kernel's ABI, but declared by glibc for _GNU_SOURCE only, which
    /// Swift's Glibc module is not built with.
    private static let schedIdle: Int32 = 5

    /// The reader's keys come first: this thread runs only when a core is idle (on Linux a
    /// scheduling policy is per thread, and 0 names the calling one).
    private static func lowerPriority() {
        #if canImport(Glibc)
        var parameters = sched_param()
        _ = sched_setscheduler(0, schedIdle, &parameters)
        #endif
    }
}
