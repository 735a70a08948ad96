extension Keymap {
    /// Why a set of key bindings cannot be used.
    public enum RebindingProblem: Error, Hashable, Sendable {
        case unknownAction(String)
        /// `key` would mean both actions in a place where both hold.
        case clash(key: Key, first: String, second: String)
    }

    /// The names `[keys]` accepts, in the help page's order.
    public var actionNames: [String] { bindings.map(\.name) }

    /// This keymap with each named action on the keys given instead of its own (an empty list
    /// unbinds it). Fails on an unknown name, or on a key two actions would share where both
    /// hold: a key that silently did one of two things would be worse than an error.
    public func rebinding(_ changes: [(name: String, keys: [Key])]) -> Result<Keymap, RebindingProblem> {
        var result = self
        for change in changes {
            guard let index = result.bindings.firstIndex(where: { $0.name == change.name }) else {
                return .failure(.unknownAction(change.name))
            }
            result.bindings[index].keys = change.keys
        }
        let changed = Set(changes.map(\.name))
        // A clash the reader's own lines made is reported at one of them.
        for (firstIndex, first) in result.bindings.enumerated() {
            for second in result.bindings[(firstIndex + 1)...] where first.context.overlaps(second.context) {
                guard let key = first.keys.first(where: second.keys.contains) else { continue }
                let (mine, other) = changed.contains(second.name) ? (second.name, first.name) : (first.name, second.name)
                return .failure(.clash(key: key, first: mine, second: other))
            }
        }
        return .success(result)
    }
}

extension KeyContext {
    /// Whether a key could mean both: everywhere overlaps anything, lists and reading never.
    func overlaps(_ other: KeyContext) -> Bool {
        self == .anywhere || other == .anywhere || self == other
    }
}
