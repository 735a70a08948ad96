import BylineCore
import Foundation
import OrderedCollections

/// Everything the interface shows, as a value: `update` changes it, `render` draws it.
public struct AppState: Hashable, Sendable {
    public var libraryName: String
    public var size: Size
    public var dates: DateDisplay
    public var keymap: Keymap = .standard
    /// When a story counts as read (the config file's `mark-read`).
    public var markRead: MarkReadPolicy = .onOpen
    /// The wide layout's pane sizes.
    public var split: PaneSplit = .standard

    /// Every article, newest first.
    public private(set) var entries: [LibraryEntry] = []
    /// Each id's position in `entries`. Ordered collections keep their hash table apart from
    /// the keys, in as few bits a bucket as the count needs: a plain dictionary of 100,000 ids
    /// took 6 MB, rounded up to a power of two at a quarter empty; this takes under 3.
    public private(set) var indexByID: OrderedDictionary<ArticleID, Int> = [:]
    public var skipped: [SkippedFile] = []
    public var hasLoaded = false
    /// The list is part of a first scan, which goes on.
    public internal(set) var listIsPartial = false

    /// The library's counts per folder while only its newest stories are loaded; nil once the
    /// whole list is in.
    public private(set) var provisional: [String: FolderCount]?

    /// Stories in the library, loaded or not.
    public var storyCount: Int {
        provisional.map { $0.values.reduce(0) { $0 + $1.total } } ?? entries.count
    }

    /// Stories a section lists: the loaded ones, or its folders' counts while the list loads.
    public func storyCount(in section: Section) -> Int {
        // The folders' counts hold for All and the folders; the other sections count what is loaded.
        guard let provisional, section.kind == .all || !section.isVirtual else { return visible.count }
        return provisional.reduce(0) { $0 + (section.contains(section: $1.key) ? $1.value.total : 0) }
    }

    /// Every folder that holds a story (a feed's title counts as one), in section-list order,
    /// and each entry's position in it: filters and `n` then compare small integers instead of
    /// strings, 100,000 times per key.
    public private(set) var folderNames: [String] = []
    /// 32 bits each: these tables are as long as the library, and each list replaced while
    /// the next is built holds two of every one.
    private(set) var folderOfEntry: [Int32] = []
    /// Entry indices folder by folder in section-list order (the order `n` walks under a
    /// section), and each entry's position in that order.
    private(set) var sectionOrder: [Int32] = []
    private(set) var sectionOrderPosition: [Int32] = []
    public internal(set) var sections: [Section] = Section.virtual
    public var sectionList = ListState()
    /// Indices into `entries` of the stories the list shows, in order.
    public internal(set) var visible: [Int] = []
    public var sortOrder: SortOrder = .newestFirst
    /// The `/` filter, while it is typed or kept.
    public internal(set) var filter: ListFilter?
    /// How many stories the list would hold without the filter.
    public internal(set) var listedBeforeFilter = 0
    /// The folded titles the filter searches, made at the first `/` after a load.
    var filterIndex: FilterIndex?
    /// Entry indices by title, made when the list is first sorted by title after a load.
    var titleOrder: [Int32] = []
    public var storyList = ListState()

    public var focus: Pane = .stories
    public var unreadOnly = false
    public var reader: ReaderState?
    public var message: StatusMessage?
    public var prompt: Prompt?
    /// Every change of marks this session, oldest first: `U` takes them back one by one.
    public internal(set) var changes: [ReadChange] = []
    /// The newest change, the one `U` undoes next.
    public var lastChange: ReadChange? { changes.last }
    /// Where each partly read story was left (loaded from the store, kept up to date).
    public internal(set) var readingPositions: [ArticleID: ReadingPosition] = [:]
    /// The story opened before the current one, for `'`, and the current one.
    public internal(set) var previouslyOpened: ArticleID?
    var lastOpened: ArticleID?
    /// The state file could not be opened for writing: marks last only this session, and the
    /// status line says so.
    public var marksUnsaved = false
    /// The query being typed after `S`; nil when none is.
    public internal(set) var searchEntry: String?
    /// The queries searched this session, oldest first, and which one Up / Down shows (its
    /// count when none is).
    var searchHistory: [String] = []
    var searchHistoryPosition = 0
    /// What the last search found, listed in its section.
    public internal(set) var searchResults: SearchResultList?
    /// How far the full-text index is built, while it is.
    public internal(set) var searchIndexing: ScanProgress?
    /// The full-text index has caught up with the library at least once this session; before
    /// that a search may miss stories without knowing how many.
    public internal(set) var searchIndexCaughtUp = false
    /// How far a background scan has got; nil when none is running or it is nearly instant.
    public var scanProgress: ScanProgress?
    /// The reader pressed r: the scan's result is announced even when nothing changed.
    public var rescanRequested = false
    /// A page over the panes, scrolled to `overlayTop`: the key list (`?`) or the files the
    /// library skipped, with their reasons (`!`).
    public var overlay: Overlay?
    public var overlayTop = 0
    /// The link view's rows and selection while it is open.
    public internal(set) var linkPicker: LinkPicker?
    /// The command typed after `|`; nil when none is.
    public internal(set) var pipeEntry: PipeEntry?
    /// The last command the article was piped into, offered again at the next `|`.
    var lastPipe: PipeEntry?
    /// The last press of the mouse, for telling double clicks (see `Update+Mouse`).
    var clicks = ClickTracker()

    /// The time `Today` counts back from: the run loop sets it before each action, so that
    /// `update` stays a function of the state.
    public var now: Date

    public init(libraryName: String, size: Size, dates: DateDisplay = DateDisplay(), now: Date = Date()) {
        self.libraryName = libraryName
        self.size = size
        self.dates = dates
        self.now = now
    }

    /// 24 hours before `now`: where `Today` starts.
    public var dayStart: Date { now.addingTimeInterval(-Section.day) }

    /// The entries dated in the 24 hours up to `now` (they are sorted newest first, so two
    /// binary searches: past the future-dated ones, then up to `dayStart`).
    var today: Range<Int> {
        func firstIndex(before date: Date, inclusive: Bool) -> Int {
            var (low, high) = (0, entries.count)
            while low < high {
                let middle = (low + high) / 2
                let instant = entries[middle].summary.date.instant
                if inclusive ? instant > date : instant >= date { low = middle + 1 } else { high = middle }
            }
            return low
        }
        let start = firstIndex(before: now, inclusive: true)
        return start..<max(start, firstIndex(before: dayStart, inclusive: false))
    }

    // MARK: derived

    public var layout: Layout { Layout(size: size, focus: focus, split: split) }

    public var currentSection: Section {
        sections.indices.contains(sectionList.selected) ? sections[sectionList.selected] : sections[0]
    }

    public var selectedEntry: LibraryEntry? {
        visible.indices.contains(storyList.selected) ? entries[visible[storyList.selected]] : nil
    }

    public func entry(_ id: ArticleID) -> LibraryEntry? {
        indexByID[id].map { entries[$0] }
    }

    /// Unread stories in the whole library; kept up to date by every change, so drawing the
    /// status line costs nothing however large the library.
    public private(set) var unreadCount = 0
    /// Starred stories among those loaded, kept up to date like the unread counts.
    public private(set) var starredCount = 0
    /// Unread stories per folder number (see `folderNames`; not counting the folders inside
    /// it), kept like `unreadCount`.
    private(set) var unreadInFolder: [Int] = []

    /// Unread stories per section row, counting nested folders into their parents: a sum over
    /// folders, not stories.
    public func unreadCounts() -> [Int] {
        sections.map(unreadCount(in:))
    }

    /// The numbers the section list shows, row by row (see `listedCount`).
    public func sectionCounts() -> [Int] {
        sections.map(listedCount(in:))
    }

    public func unreadCount(in section: Section) -> Int {
        switch section.kind {
        case .all, .unread: return unreadCount
        // Starred and recent stories are few: counted when asked.
        case .starred: return starredCount == 0 ? 0 : entries.count { $0.isStarred && !$0.isRead }
        case .today: return entries[today].count { !$0.isRead }
        case .search: return (searchResults?.ids ?? []).count { entry($0)?.isRead == false }
        case .folder: return zip(folderNames, unreadInFolder).reduce(0) { $0 + (section.contains(section: $1.0) ? $1.1 : 0) }
        }
    }

    /// The number beside a section in the section list: its unread stories, but for Starred,
    /// its stories (a starred story is usually one already read).
    public func listedCount(in section: Section) -> Int {
        switch section.kind {
        case .starred: starredCount
        case .search: (searchResults?.ids ?? []).count { indexByID[$0] != nil }
        default: unreadCount(in: section)
        }
    }

    // MARK: changing the library

    /// Replaces the articles, keeping the selected section, story and open article where they
    /// still exist.
    public mutating func setEntries(_ newEntries: [LibraryEntry], folderCounts: [String: FolderCount]? = nil) {
        provisional = folderCounts
        let keptSection = currentSection
        let keptStory = selectedEntry?.id
        entries = LibraryEntry.isNewestFirst(newEntries) ? newEntries : LibraryEntry.sortedNewestFirst(newEntries)
        var byID = OrderedDictionary<ArticleID, Int>(minimumCapacity: entries.count)
        for (index, entry) in entries.enumerated() where byID[entry.id] == nil { byID[entry.id] = index }
        indexByID = byID
        indexFolders()
        titleOrder = []
        filterIndex = filter == nil ? nil : FilterIndex(entries)
        sectionList.selected = sections.firstIndex(of: keptSection) ?? 0
        refreshVisible(keeping: keptStory)
        if let id = reader?.id, indexByID[id] == nil { reader = nil }
    }

    /// Numbers the folders in section-list order, hashing each entry's folder name once, and
    /// counts unread stories per folder.
    private mutating func indexFolders() {
        var firstSeen: [String: Int] = [:]
        var names: [String] = []
        var seenNumber = [Int32]()
        seenNumber.reserveCapacity(entries.count)
        for index in entries.indices {
            let section = entries[index].summary.section
            if let number = firstSeen[section] {
                seenNumber.append(Int32(number))
            } else {
                firstSeen[section] = names.count
                seenNumber.append(Int32(names.count))
                names.append(section)
            }
        }
        for name in (provisional?.keys).map(Array.init) ?? [] where firstSeen[name] == nil {
            firstSeen[name] = names.count
            names.append(name)
        }
        let folders = Set(names)
        sections = Section.tree(for: folders)
        if let searchResults { sections.insert(.search(searchResults.query), at: Section.virtual.count) }
        folderNames = sections.compactMap { section in
            if case .folder(let path) = section.kind, folders.contains(path) { return path }
            return nil
        }
        var rank = [Int32](repeating: 0, count: names.count)
        for (number, name) in folderNames.enumerated() { if let seen = firstSeen[name] { rank[seen] = Int32(number) } }
        for index in seenNumber.indices { seenNumber[index] = rank[Int(seenNumber[index])] }
        folderOfEntry = seenNumber
        if let provisional {
            unreadInFolder = folderNames.map { provisional[$0]?.unread ?? 0 }
        } else {
            unreadInFolder = [Int](repeating: 0, count: folderNames.count)
            for index in entries.indices where !entries[index].isRead { unreadInFolder[Int(folderOfEntry[index])] += 1 }
        }
        unreadCount = unreadInFolder.reduce(0, +)
        starredCount = entries.count(where: \.isStarred)
        // Folder by folder, list order within each: where each folder starts, then each entry
        // in its place, without a list per folder.
        var next = [Int](repeating: 0, count: folderNames.count + 1)
        for folder in folderOfEntry { next[Int(folder) + 1] += 1 }
        for folder in folderNames.indices { next[folder + 1] += next[folder] }
        var order = [Int32](repeating: 0, count: entries.count)
        var position = [Int32](repeating: 0, count: entries.count)
        for index in entries.indices {
            let place = next[Int(folderOfEntry[index])]
            next[Int(folderOfEntry[index])] += 1
            order[place] = Int32(index)
            position[index] = Int32(place)
        }
        sectionOrder = order
        sectionOrderPosition = position
    }

    /// For each folder number, whether `section` shows it.
    func foldersShown(in section: Section) -> [Bool] {
        folderNames.map { section.contains(section: $0) }
    }

    public mutating func setRead(_ id: ArticleID, _ read: Bool) {
        guard let index = indexByID[id] else { return }
        setRead(at: index, read)
    }

    public mutating func setStarred(_ id: ArticleID, _ starred: Bool) {
        guard let index = indexByID[id], entries[index].isStarred != starred else { return }
        entries[index].isStarred = starred
        starredCount += starred ? 1 : -1
    }

    /// Every story's star as the store has it.
    public mutating func setStarState(_ starred: Set<ArticleID>) {
        for index in entries.indices where entries[index].isStarred != starred.contains(entries[index].id) {
            entries[index].isStarred.toggle()
            starredCount += entries[index].isStarred ? 1 : -1
        }
    }

    /// Every story's mark as the store has it (`read` holds the read ones).
    public mutating func setReadState(_ read: Set<ArticleID>) {
        for index in entries.indices { setRead(at: index, read.contains(entries[index].id)) }
    }

    private mutating func setRead(at index: Int, _ read: Bool) {
        guard entries[index].isRead != read else { return }
        entries[index].isRead = read
        let change = read ? -1 : 1
        unreadCount += change
        unreadInFolder[Int(folderOfEntry[index])] += change
    }

    /// Screen rows per story in the list: a search's results have their snippet on a second.
    public var storyRowHeight: Int {
        currentSection.isSearch && layout.listHeight(.stories) >= 4 ? 2 : 1
    }

    /// How many stories the list shows at once.
    public var storiesInView: Int {
        max(1, layout.listHeight(.stories) / storyRowHeight)
    }

    public mutating func clampLists() {
        let layout = self.layout
        sectionList.clamp(count: sections.count, height: layout.listHeight(.sections))
        storyList.clamp(count: visible.count, height: storiesInView)
    }
}
