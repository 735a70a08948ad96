/// The three panes. In the wide layout all show and one has focus; in the narrow layout only
/// the focused one shows.
public enum Pane: Int, Hashable, Sendable, CaseIterable {
    case sections, stories, reader
}
