/// How the wide layout divides the screen, as the reader set it.
public struct PaneSplit: Hashable, Sendable {
    /// Columns of the section pane; nil for a fifth of the width, between 20 and 32.
    public var sectionsWidth: Int?
    /// The story list's share of the height right of the section pane, in percent; the
    /// reading pane has the rest.
    public var storiesPercent: Int

    public init(sectionsWidth: Int? = nil, storiesPercent: Int = 40) {
        self.sectionsWidth = sectionsWidth
        self.storiesPercent = storiesPercent
    }

    public static let standard = PaneSplit()
    public static let storiesPercentRange = 10...90
    public static let sectionsWidthRange = 10...80
}
