import BylineCore
import BylineStore
import BylineUI
import Foundation
import OrderedCollections
import Synchronization

/// The library as the interface and the command line see it: the index cache for an instant
/// start, a reconciling scan for the truth, and the store for identities and read state.
/// Safe to use from the interface's thread and a scanning thread at once.
public final class InterfaceSession: Sendable {
    public let scanner: LibraryScanner
    public let store: Store
    public let index: IndexCache
    /// What the index held after the last scan (or at start): the base the next scan reuses.
    private let known: Mutex<IndexSnapshot?> = Mutex(nil)
    /// The skipped files of the lists last handed out (by `cachedContents` or a scan), nil
    /// before any: with `known`, what "nothing changed" is measured against.
    private let shownSkipped: Mutex<[SkippedFile]?> = Mutex(nil)

    /// The state file, when known, for the first screen's counts.
    private let statePath: String?
    /// The state file's change count when `marksMadeElsewhere` last looked.
    private let lastSeenChange: Mutex<Int?> = Mutex(nil)

    public init(scanner: LibraryScanner, store: Store, index: IndexCache, statePath: String? = nil) {
        self.scanner = scanner
        self.store = store
        self.index = index
        self.statePath = statePath
    }

    /// The session for `statePath`, with the library's index next to it.
    public convenience init(scanner: LibraryScanner, store: Store, statePath: String) {
        self.init(
            scanner: scanner, store: store,
            index: IndexCache(path: IndexLocation.path(forState: statePath, library: scanner.rootPath),
                              libraryRoot: scanner.rootPath, rootBytes: scanner.rootBytes),
            statePath: statePath)
    }

    /// Libraries up to this size load whole for the first frame: it costs less than the
    /// first-screen queries.
    public static let firstScreenThreshold = 5_000

    /// For a large library, the first screen without the whole list: the `limit` newest
    /// stories and every folder's counts, all from the index. Nil when the index has nothing
    /// usable or the library is small enough for `cachedContents` at once.
    public func firstScreen(limit: Int = 500, threshold: Int = firstScreenThreshold) -> LibraryContents? {
        guard let statePath, let token = try? store.token(), (try? store.articleCount()) ?? 0 > threshold,
              let screen = index.firstScreen(stateToken: token, statePath: statePath, limit: limit)
        else { return nil }
        return LibraryContents(entries: starring(screen.entries), skipped: screen.skipped, folderCounts: screen.counts)
    }

    /// `entries` with the stars the store holds (a few among many: a set, looked up only when
    /// there are any). Nil from the store leaves them as they are.
    private func starring(_ entries: [LibraryEntry]) -> [LibraryEntry] {
        guard let starred = try? store.starredIDs() else { return entries }
        if starred.isEmpty, !entries.contains(where: \.isStarred) { return entries }
        var entries = entries
        for index in entries.indices where entries[index].isStarred != starred.contains(entries[index].id) {
            entries[index].isStarred.toggle()
        }
        return entries
    }

    /// The library as the index last saw it, without touching the folder; nil when the index
    /// has nothing usable (a first start, a rebuilt index, another state file).
    /// The per-file table a scan compares against is built from the same summaries here, so
    /// the lists and the scan share one copy of them.
    public func cachedContents() -> LibraryContents? {
        guard let token = try? store.token() else { return nil }
        guard let read = try? store.readIDs() else { return nil }
        let start = index.startingEntries(stateToken: token) { read.contains($0) }
        guard !start.entries.isEmpty else { return nil }
        shownSkipped.withLock { $0 = start.skipped }
        // The next scan's base, sharing these summaries rather than reading its own copy.
        if known.withLock({ $0 == nil }), let snapshot = index.snapshot(sharing: start.entries, stateToken: token) {
            known.withLock { if $0 == nil { $0 = snapshot } }
        }
        return LibraryContents(entries: starring(start.entries), skipped: start.skipped)
    }

    /// Scans the folder, parses only what is new or changed since the index, gives every
    /// article its identity and read state, and updates the index. `progress(done, total)`
    /// counts files.
    public func load(progress: (Int, Int) -> Void = { _, _ in }) -> LibraryContents {
        reconcile(progress: progress).contents
    }

    /// What a scan found: the contents, the parser notes `byline check` prints, and the
    /// folders read, for the watcher.
    public struct Reconciled: Sendable {
        public var contents: LibraryContents
        /// True only when the caller allowed it and the folder is exactly as the lists last
        /// handed out: `contents` is then empty, nothing needs redrawing, and no identities or
        /// index rows were touched.
        public var isUnchanged = false
        /// True when `decided` already had `contents`.
        public var wasHandedOut = false
        public var warnings: [SkippedFile]
        public var folders: [[UInt8]]
    }

    /// `load`, with the parser notes and the folders. On a first start (no index, a state
    /// that never saw an article) `partial` gets the articles parsed so far now and then, so
    /// the lists fill while the scan goes on. `decided` gets the contents as soon as every
    /// identity is decided, while the index is still being written (half a second of a first
    /// start of 100,000 articles); the call returns once it is written.
    public func reconcile(
        progress: (Int, Int) -> Void = { _, _ in }, partial: ((LibraryContents) -> Void)? = nil,
        decided: ((LibraryContents) -> Void)? = nil, allowUnchanged: Bool = false
    ) -> Reconciled {
        let previous = currentSnapshot()
        // Only with nothing known can a partial scan not mistake a copy for a move.
        // A first fill: nothing indexed, no identity recorded.
        let firstFill = previous.isEmpty && (try? store.articleCount()) == 0
        let progressive = partial != nil && firstFill
        var parsedSoFar: [ArticleSummary] = []
        // The last partial list: its articles keep the ids it gave them, so each list and the
        // whole scan decide only for the articles parsed since (the rules over 100,000
        // articles with 65,536 of them recorded held 40 MB of tables).
        var shownSoFar: [LibraryEntry] = []
        var nextShowing = Self.firstPartial
        var files = (done: 0, total: 0)
        let counting: (Int, Int) -> Void = { done, total in
            files = (done, total)
            progress(done, total)
        }
        let result = LibraryReconciler.reconcile(scanner.scan(comparingWith: previous.files), index: previous.files, progress: counting) { batch in
            guard progressive, let partial else { return }
            parsedSoFar += batch
            // Past half the files the whole list is as near as the next partial one, whose
            // identities would hold up both cores' parsing on this thread meanwhile.
            guard parsedSoFar.count >= nextShowing, files.done * 2 <= files.total else { return }
            // Doubling keeps the identity work for all the partial lists under twice a full scan's.
            nextShowing *= 2
            if let entries = try? store.entries(for: parsedSoFar, vouched: Self.vouched(by: shownSoFar, for: parsedSoFar)) {
                shownSoFar = entries
                partial(LibraryContents(entries: entries, skipped: [], isPartial: true))
            }
        }
        parsedSoFar = []
        if allowUnchanged, result.changed.isEmpty, result.removed.isEmpty,
           shownSkipped.withLock({ $0 }) == result.skipped,
           result.articles.allSatisfy({ previous.ids[$0.identityPath] != nil }) {
            return Reconciled(
                contents: LibraryContents(entries: [], skipped: []), isUnchanged: true, warnings: result.warnings,
                folders: result.folders)
        }
        // The index's file rows go in on a second core while the store decides identities;
        // its article rows follow once the ids are handed over.
        let token = (try? store.token()) ?? ""
        let handover = Handover<(entries: [LibraryEntry], ids: OrderedDictionary<String, ArticleID>)>()
        let saving = DispatchGroup()
        // Worked out here, not on the saving core: the save is the longer of the two paths.
        let guess = firstFill ? store.guessedIdentities(forNewLibrary: result.articles) : nil
        DispatchQueue.global(qos: .userInitiated).async(group: saving) { [index] in
            // A failed save costs only a cache: the next start reads the library in full.
            try? index.save(
                result, previous: previous, stateToken: token,
                guessed: guess,
                identities: { handover.take() })
        }
        // Whatever happens below, the save is never left waiting.
        defer { handover.give(nil) }
        let entries: [LibraryEntry]
        var skipped = result.skipped
        do {
            // Articles of files the index still describes keep the ids it holds for them.
            // So do the ones a partial list showed.
            var vouched = Self.vouched(by: shownSoFar, for: result.articles)
            shownSoFar = []
            if !previous.ids.isEmpty {
                let changed = Set(result.changed.map(\.file.path))
                vouched = result.articles.map { changed.contains($0.path) ? nil : previous.ids[$0.identityPath] }
            }
            entries = try store.entries(for: result.articles, vouched: vouched)
        } catch {
            handover.give(nil)
            saving.wait()
            // Without the store the articles still show, all unread, and the problem is listed.
            let unread = result.articles.map { LibraryEntry(id: ArticleID($0.identityPath), summary: $0, isRead: false) }
            skipped.append(SkippedFile(path: "(state file)", reason: "cannot read: \(error)"))
            return Reconciled(
                contents: LibraryContents(entries: unread, skipped: skipped), warnings: result.warnings,
                folders: result.folders)
        }
        var ids = OrderedDictionary<String, ArticleID>(minimumCapacity: entries.count)
        for entry in entries where ids[entry.summary.identityPath] == nil { ids[entry.summary.identityPath] = entry.id }
        handover.give((entries, ids))
        let contents = LibraryContents(entries: entries, skipped: skipped)
        decided?(contents)
        // The next scan's table, built while the article rows are written.
        let next = IndexSnapshot(files: Self.updatedFiles(previous, with: result), ids: ids)
        saving.wait()
        known.withLock { $0 = next }
        shownSkipped.withLock { $0 = skipped }
        return Reconciled(
            contents: contents, wasHandedOut: decided != nil, warnings: result.warnings, folders: result.folders)
    }

    static let firstPartial = 500

    /// `action` from the mailbox as the interface's thread should take it. A scan's read
    /// state was read on its own thread, possibly before marks made since: the store, read
    /// here between key presses, is the truth.
    /// The marks as the store has them, when another process changed them since the last
    /// call; nothing otherwise. The interface asks about once a second.
    public func marksMadeElsewhere() -> [Action] {
        guard let version = store.changesElsewhere() else { return [] }
        let seen = lastSeenChange.withLock { $0 }
        guard seen != version else { return [] }
        guard seen != nil else {
            lastSeenChange.withLock { $0 = version }
            return []
        }
        // The version is taken as seen only once the marks are read: a failed read is tried again.
        guard let read = try? store.readIDs(), let starred = try? store.starredIDs() else { return [] }
        lastSeenChange.withLock { $0 = version }
        return [.readStateLoaded(read), .starsLoaded(starred)]
    }

    public func withCurrentReadState(_ action: Action) -> [Action] {
        if case .libraryUnchanged = action, let read = try? store.readIDs(), let starred = try? store.starredIDs() {
            // Nothing in the folder changed, but marks made elsewhere should still show.
            return [.readStateLoaded(read), .starsLoaded(starred), action]
        }
        guard case .libraryLoaded(var contents) = action, let read = try? store.readIDs() else { return [action] }
        // Written only where it differs: a write would copy a list the scan still shares.
        for index in contents.entries.indices where contents.entries[index].isRead != read.contains(contents.entries[index].id) {
            contents.entries[index].isRead.toggle()
        }
        contents.entries = starring(contents.entries)
        return [.libraryLoaded(contents)]
    }

    /// For each of `summaries`, the id `shown` gave it: a partial list covers the first
    /// articles of a first scan, in the same order. Empty when it covers none.
    static func vouched(by shown: [LibraryEntry], for summaries: [ArticleSummary]) -> [ArticleID?] {
        guard !shown.isEmpty else { return [] }
        var ids = [ArticleID?](repeating: nil, count: summaries.count)
        for (index, entry) in zip(summaries.indices, shown) where entry.summary.identityPath == summaries[index].identityPath {
            ids[index] = entry.id
        }
        return ids
    }

    private func currentSnapshot() -> IndexSnapshot {
        if let snapshot = known.withLock({ $0 }) { return snapshot }
        let snapshot = index.snapshot(stateToken: (try? store.token()) ?? "")
        known.withLock { $0 = snapshot }
        return snapshot
    }

    private static func updatedFiles(_ previous: IndexSnapshot, with result: LibraryReconciler.Result) -> IndexedFiles {
        var files = previous.files
        files.reserveCapacity(files.count + result.changed.count)
        for path in result.removed { files[path] = nil }
        for indexed in result.changed { files[indexed.file.path] = indexed }
        return files.compacted()
    }
}
