/// Keys to actions, as data: the help screen is drawn from the same table, so it cannot drift.
public struct Keymap: Hashable, Sendable {
    public struct Binding: Hashable, Sendable {
        /// The action's name in the config file's `[keys]` table and the manual.
        public var name: String
        public var keys: [Key]
        public var action: Action
        public var help: String
        public var context: KeyContext

        public init(_ name: String, keys: [Key], action: Action, help: String, context: KeyContext = .anywhere) {
            self.name = name
            self.keys = keys
            self.action = action
            self.help = help
            self.context = context
        }
    }

    public var bindings: [Binding]

    public init(bindings: [Binding]) {
        self.bindings = bindings
    }

    /// The action for a key in normal use (no prompt, no help screen), with `focus` on a pane.
    public func action(for key: Key, focus: Pane) -> Action? {
        bindings.first { $0.keys.contains(key) && $0.context.holds(with: focus) }?.action
    }

    public static let standard = Keymap(bindings: [
        Binding("down", keys: [.character("j"), .down], action: .moveDown, help: "next row, or scroll the article down"),
        Binding("up", keys: [.character("k"), .up], action: .moveUp, help: "previous row, or scroll the article up"),
        Binding("read-on", keys: [.character(" ")], action: .readOn, help: "page the article; at its end, next unread"),
        Binding("page-down", keys: [.pageDown], action: .pageDown, help: "page down"),
        Binding("page-up", keys: [.character("b"), .pageUp], action: .pageUp, help: "page up"),
        Binding("first", keys: [.character("g"), .home], action: .first, help: "first row, or top of the article"),
        Binding("last", keys: [.character("G"), .end], action: .last, help: "last row, or end of the article"),
        Binding("open", keys: [.enter, .character("l"), .right], action: .open, help: "open the story or section"),
        Binding("back", keys: [.escape, .character("h"), .left], action: .back, help: "back"),
        Binding("back-or-quit", keys: [.character("q")], action: .backOrQuit, help: "back; quit from the top"),
        Binding("next-pane", keys: [.tab], action: .focusNext, help: "focus the next pane"),
        Binding("previous-pane", keys: [.backTab], action: .focusPrevious, help: "focus the previous pane"),
        Binding("next-unread", keys: [.character("n")], action: .nextUnread, help: "next unread story (all sections)"),
        Binding("previous-unread", keys: [.character("p")], action: .previousUnread, help: "previous unread story"),
        Binding("next-story", keys: [.character("J")], action: .nextStory, help: "next story in the list"),
        Binding("previous-story", keys: [.character("K")], action: .previousStory, help: "previous story in the list"),
        Binding("previously-opened", keys: [.character("'")], action: .previouslyOpenedStory, help: "back to the story opened before this one"),
        Binding("toggle-read", keys: [.character("m")], action: .toggleRead, help: "mark the story read or unread"),
        Binding("toggle-star", keys: [.character("s")], action: .toggleStar, help: "star or unstar the story"),
        Binding("mark-all-read", keys: [.character("A")], action: .markAllRead, help: "mark the whole section read"),
        Binding("toggle-unread-only", keys: [.character("u")], action: .toggleUnreadOnly, help: "show only unread / show all"),
        Binding("sort", keys: [.character("o")], action: .cycleSort, help: "sort: newest, oldest, title, section", context: .lists),
        Binding("filter", keys: [.character("/")], action: .startFilter, help: "filter the list by title or section"),
        Binding("search", keys: [.character("S"), .character("\\")], action: .startSearch, help: "full-text search of every article"),
        Binding("next-match", keys: [.character("f")], action: .nextMatch, help: "next line with the words looked for"),
        Binding("previous-match", keys: [.character("F")], action: .previousMatch, help: "previous line with them"),
        Binding("links", keys: [.character("L")], action: .showLinks, help: "the article's links: a number or Enter opens, y copies"),
        Binding("open-link", keys: [.character("o")], action: .openArticleLink, help: "open the article's own link in the browser", context: .reading),
        Binding("copy-link", keys: [.character("y")], action: .copyArticleLink, help: "copy the article's link (OSC 52)"),
        Binding("pipe", keys: [.character("|")], action: .startPipe, help: "pipe the article into a command (Tab: as JSON)"),
        Binding("pager", keys: [.character("v")], action: .viewInPager, help: "read the article in $PAGER"),
        Binding("edit", keys: [.character("e")], action: .editFile, help: "edit the article's file in $EDITOR"),
        Binding("undo", keys: [.character("U")], action: .undo, help: "undo the last change of marks or stars, and the one before…"),
        Binding("rescan", keys: [.character("r")], action: .rescan, help: "rescan the library"),
        Binding("redraw", keys: [.control("l")], action: .redraw, help: "redraw the screen"),
        Binding("problems", keys: [.character("!")], action: .toggleProblems, help: "files skipped, and why"),
        Binding("help", keys: [.character("?")], action: .toggleHelp, help: "this help"),
        Binding("quit", keys: [.character("Q")], action: .quit, help: "quit at once"),
    ])
}
