/// The programs Byline hands things to, as the reader set them: commands split into words
/// when used (see `CommandWords`), never run through a shell.
public struct ProgramSettings: Hashable, Sendable {
    /// `$BROWSER`; nil means `xdg-open`.
    public var browser: String?
    public var pager: String
    public var editor: String

    public init(browser: String? = nil, pager: String = "less", editor: String = "vi") {
        self.browser = browser
        self.pager = pager
        self.editor = editor
    }

    /// `$BROWSER`, `$PAGER` (else less) and `$VISUAL` or `$EDITOR` (else vi), as git and mutt
    /// read them.
    public static func from(environment: [String: String]) -> ProgramSettings {
        func value(_ name: String) -> String? {
            environment[name].flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        }
        return ProgramSettings(
            browser: value("BROWSER"), pager: value("PAGER") ?? "less", editor: value("VISUAL") ?? value("EDITOR") ?? "vi")
    }
}
