import CLibXML2

/// Walks a subtree in document order without recursion, following libxml2's parent and sibling
/// links: a page nested ten thousand elements deep costs no stack.
struct HTMLTraversal {
    enum Event {
        case enter(xmlNodePtr)
        case exit(xmlNodePtr)
    }

    private let root: xmlNodePtr
    private var upcoming: Event?
    private var last: Event?
    private var skipRequested = false

    init(root: xmlNodePtr) {
        self.root = root
        upcoming = .enter(root)
    }

    /// Called right after an `.enter`: that node's children are passed over and it gets no
    /// `.exit`.
    mutating func skipChildren() {
        skipRequested = true
    }

    mutating func next() -> Event? {
        if let last {
            upcoming = successor(of: last)
        }
        last = upcoming
        return upcoming
    }

    private mutating func successor(of event: Event) -> Event? {
        switch event {
        case .enter(let node):
            if skipRequested {
                skipRequested = false
                return after(node)
            }
            if let child = node.pointee.children { return .enter(child) }
            return .exit(node)
        case .exit(let node):
            return after(node)
        }
    }

    /// The next sibling, or else the parent's exit, staying inside the root.
    private func after(_ node: xmlNodePtr) -> Event? {
        guard node != root else { return nil }
        if let sibling = node.pointee.next { return .enter(sibling) }
        guard let parent = node.pointee.parent else { return nil }
        return .exit(parent)
    }
}
