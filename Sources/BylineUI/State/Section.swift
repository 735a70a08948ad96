/// A row of the section list: "All", or a library folder (nested ones indented under parents).
public struct Section: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case all
        /// A folder path relative to the library; "" is the library's top level.
        case folder(String)
    }

    public var kind: Kind
    public var name: String
    public var depth: Int

    /// The name for headers and messages: the whole folder path, so "space" reads "science/space".
    public var title: String {
        switch kind {
        case .all, .folder(""): name
        case .folder(let path): path
        }
    }

    /// Whether an article in `section` (its folder path) is shown under this row: a folder shows
    /// its own articles and those of the folders inside it.
    public func contains(section: String) -> Bool {
        switch kind {
        case .all: return true
        case .folder(""): return section.isEmpty
        case .folder(let path): return section == path || section.hasPrefix(path + "/")
        }
    }

    /// The rows for a library: All, then the top level (when it has articles of its own), then
    /// every folder and its ancestors, sorted, indented by depth.
    public static func tree(for sections: some Sequence<String>) -> [Section] {
        var paths: Set<String> = []
        var hasTopLevel = false
        for section in sections {
            if section.isEmpty {
                hasTopLevel = true
                continue
            }
            var parts = section.split(separator: "/")
            while !parts.isEmpty {
                paths.insert(parts.joined(separator: "/"))
                parts.removeLast()
            }
        }
        var rows = [Section(kind: .all, name: "All", depth: 0)]
        if hasTopLevel { rows.append(Section(kind: .folder(""), name: "(top level)", depth: 0)) }
        // Sort by path components so "science/space" follows "science" and precedes "science2".
        let sorted = paths.sorted { $0.split(separator: "/").lexicographicallyPrecedes($1.split(separator: "/")) }
        for path in sorted {
            let parts = path.split(separator: "/")
            rows.append(Section(kind: .folder(path), name: String(parts.last ?? ""), depth: parts.count - 1))
        }
        return rows
    }
}
