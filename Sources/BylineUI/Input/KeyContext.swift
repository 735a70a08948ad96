/// Where a binding holds. Most keys mean one thing everywhere; a few mean one thing in the
/// lists and another while reading, as mutt's index and pager keys do (`o` sorts the list,
/// and opens the article's link while it is read).
public enum KeyContext: String, Hashable, Sendable, CaseIterable {
    case anywhere
    /// The section or story list has focus.
    case lists
    /// The reading pane has focus.
    case reading

    func holds(with focus: Pane) -> Bool {
        switch self {
        case .anywhere: true
        case .lists: focus != .reader
        case .reading: focus == .reader
        }
    }

    /// How the help page marks a binding that does not hold everywhere.
    var label: String {
        switch self {
        case .anywhere: ""
        case .lists: "in the lists: "
        case .reading: "while reading: "
        }
    }
}
