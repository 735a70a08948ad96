import BylineCore

/// What the reader asked for, in the interface's terms rather than keys, plus the results of
/// effects coming back from the run loop. `update` handles each one.
public enum Action: Hashable, Sendable {
    // Moving
    case moveDown, moveUp, pageDown, pageUp, first, last
    /// Space: page the article, and at its end open the next unread story.
    case readOn
    case open
    /// Esc, h, Left: one level back.
    case back
    /// q: back, and quit from the top.
    case backOrQuit
    case focusNext, focusPrevious
    case nextUnread, previousUnread
    case nextStory, previousStory
    /// ': the story opened before this one.
    case previouslyOpenedStory

    // Read state
    case toggleRead, markAllRead, toggleUnreadOnly, undo
    case toggleStar
    /// o: the next order of the story list.
    case cycleSort
    /// /: filter the list; then the keys typed into the filter, Enter and Esc.
    case startFilter, filterType(Character), filterErase, filterClear, filterAccept, filterCancel
    /// S or \: search the whole library; then the keys typed into the query, Enter and Esc.
    case startSearch, searchType(Character), searchErase, searchClear, searchSubmit, searchCancel
    /// Up / Down while a query is typed: the session's earlier queries.
    case searchHistory(older: Bool)
    /// f / F: the next, previous line of the article that holds the filter's or search's words.
    case nextMatch, previousMatch
    case answer(Bool)

    // Links and other programs
    /// L: the article's links; then a number, Enter or y picks one.
    case showLinks, linkDigit(Int), openSelectedLink, copySelectedLink
    /// o while reading, y: the article's own link, opened or copied.
    case openArticleLink, copyArticleLink
    /// |: pipe the article into a command typed on the status line (Tab: as JSON).
    case startPipe, pipeType(Character), pipeErase, pipeClear, pipeToggleJSON, pipeSubmit, pipeCancel
    /// v: the article in the pager; e: its file in the editor.
    case viewInPager, editFile
    case programFinished(ProgramEnd)

    // Program
    case rescan, redraw, toggleHelp, quit
    /// !: the files the library skipped, and why.
    case toggleProblems
    case resize(Size)
    /// A click, double click or wheel notch somewhere on the screen (see `Update+Mouse`).
    case mouse(MouseEvent)

    // Results of effects
    case libraryLoaded(LibraryContents)
    /// A scan found the library exactly as the lists show it.
    case libraryUnchanged
    /// The store's read marks, which another process (`byline mark`) may have changed.
    case readStateLoaded(Set<ArticleID>)
    /// The store's stars, likewise.
    case starsLoaded(Set<ArticleID>)
    /// A scan in the background has looked at `done` of `total` files.
    case scanProgress(done: Int, total: Int)
    case articleLoaded(ArticleID, Result<Article, LoadFailure>)
    case searchFinished(SearchOutcome)
    /// Snippets for results of the search for `query` scrolled into view.
    case snippetsLoaded([ArticleID: String], query: String)
    /// The full-text index, built in the background, holds `done` of `total` stories.
    case searchIndexProgress(done: Int, total: Int)
    case storeFailed(String)
    /// Where partly read stories were left, from the store.
    case readingPositionsLoaded([ArticleID: ReadingPosition])
    /// The run loop is about to end: the open story's place is kept.
    case sessionEnding
}

/// Why an article's body could not be shown.
public struct LoadFailure: Error, Hashable, Sendable {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}

/// A scanned library, ready for the lists.
public struct LibraryContents: Hashable, Sendable {
    public var entries: [LibraryEntry]
    public var skipped: [SkippedFile]
    /// What a first scan has parsed so far: shown, but the scan goes on.
    public var isPartial: Bool
    /// The whole library's counts per folder when `entries` holds only its newest stories
    /// (the first screen of a large library); nil when `entries` is everything there is.
    public var folderCounts: [String: FolderCount]?

    public init(
        entries: [LibraryEntry], skipped: [SkippedFile], isPartial: Bool = false,
        folderCounts: [String: FolderCount]? = nil
    ) {
        self.entries = entries
        self.skipped = skipped
        self.isPartial = isPartial || folderCounts != nil
        self.folderCounts = folderCounts
    }
}
