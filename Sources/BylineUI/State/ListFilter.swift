import BylineCore

/// The `/` filter on the story list: what was typed, folded for matching, and whether it is
/// still being typed (keys go to it) or kept (shown in the status line until Esc).
public struct ListFilter: Hashable, Sendable {
    public private(set) var query: String
    public var isEditing: Bool
    private(set) var needle: [UInt8]

    public init(query: String = "", isEditing: Bool = true) {
        self.query = query
        self.isEditing = isEditing
        needle = TextFolding.folded(query)
    }

    mutating func type(_ character: Character) {
        query.append(character)
        needle = TextFolding.folded(query)
    }

    mutating func erase() {
        guard !query.isEmpty else { return }
        query.removeLast()
        needle = TextFolding.folded(query)
    }

    mutating func clear() {
        query = ""
        needle = []
    }
}
