import BylineCore

/// Work `update` asks the run loop to do; results come back as actions.
public enum Effect: Hashable, Sendable {
    /// Write read state to the store (durably, before the next key is read).
    case setRead([ArticleID], read: Bool)
    /// Write stars to the store, likewise.
    case setStarred([ArticleID], starred: Bool)
    /// Keep where a story was left (nil: it was finished, or left at its top).
    case saveReadingPosition(ArticleID, ReadingPosition?)
    /// Keep the list's order for the next run.
    case saveSortOrder(SortOrder)
    /// Load and parse one article's body; answered by `.articleLoaded`.
    case loadArticle(ArticleID, ArticleSummary)
    /// Run a full-text query; answered by `.searchFinished`.
    case search(String)
    /// Cut search snippets for these results (the query's words found in their text);
    /// answered by `.snippetsLoaded`.
    case loadSnippets([ArticleSummary], ids: [ArticleID], query: String)
    /// Start the browser on a link that passed `LinkPolicy`; answered by `.programFinished`.
    case openLink(CheckedLink)
    /// Put text on the terminal's clipboard (OSC 52, written by Byline itself).
    case copyToClipboard(String)
    /// Pipe the article into the reader's command (through `sh -c`: the command is the
    /// reader's own; the article goes only to its standard input).
    case pipeArticle(ArticleID, command: String, asJSON: Bool)
    /// Show the article in `$PAGER`.
    case pageArticle(ArticleID)
    /// Open the article's file in `$EDITOR`, then read it again.
    case editArticle(ArticleID)
    /// Scan the library again; answered by `.libraryLoaded`.
    case rescan
    /// Repaint the whole terminal (Ctrl-L).
    case redraw
    case quit
}
