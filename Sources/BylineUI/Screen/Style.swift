/// How a cell looks. `role` picks a colour from the theme when the terminal has colours; the
/// attributes alone must still tell focus and unread apart on a monochrome terminal.
public struct Style: Hashable, Sendable {
    public enum Role: Int, Hashable, Sendable, CaseIterable {
        case normal, titleBar, statusBar, paneHeader, selection, unread, date, section, muted, accent, message, error
    }

    public var role: Role
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ role: Role = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let normal = Style()
}
