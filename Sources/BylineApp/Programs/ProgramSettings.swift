/// The programs Byline hands things to, as the reader set them: commands split into words
/// when used (see `CommandWords`), never run through a shell.
public struct ProgramSettings: Hashable, Sendable {
    /// Nil means `xdg-open`.
    public var browser: String?
    public var pager: String
    public var editor: String

    public init(browser: String? = nil, pager: String = "less", editor: String = "vi") {
        self.browser = browser
        self.pager = pager
        self.editor = editor
    }
}
