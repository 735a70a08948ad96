import BylineUI

/// How the terminal is set up.
public struct TerminalOptions: Sendable {
    /// False for `--no-color` or when `NO_COLOR` is set; styles then use attributes only.
    public var useColor: Bool
    /// Where standard error goes while the interface is up (anything written to the real
    /// stderr would land in the middle of the screen). Nil discards it.
    public var logPath: String?
    /// The colours; a theme without colour (`mono`) draws as `useColor: false` does.
    public var theme: Theme
    /// Whether the terminal reports clicks and the wheel; false for `--no-mouse` or
    /// `mouse = false`, leaving the mouse to the terminal (selecting text without Shift).
    public var mouse: Bool

    public init(useColor: Bool, logPath: String? = nil, theme: Theme = .standard, mouse: Bool = true) {
        self.useColor = useColor
        self.logPath = logPath
        self.theme = theme
        self.mouse = mouse
    }
}
