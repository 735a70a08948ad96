/// The files a scan found, in the order it found them, kept small: a file unchanged since the
/// last scan is only its place in that scan's table (four bytes), and only new and changed
/// files are held as records. A rescan of 100,000 unchanged files holds 400 KB instead of a
/// list of 100,000 records.
public struct FoundFiles: Sendable {
    /// What the last scan knew (see `LibraryScanner.scan(comparingWith:)`).
    public let known: IndexedFiles
    /// Per file found: an index into `fresh` (0 or more), or a slot of `known` as -1 - slot.
    private var order: [Int32] = []
    private var fresh: [LibraryFile] = []

    public init(known: IndexedFiles = [:]) {
        self.known = known
    }

    public var count: Int { order.count }

    /// Every file found, as records.
    public var files: [LibraryFile] { order.indices.map(file(at:)) }

    public func file(at position: Int) -> LibraryFile {
        let code = order[position]
        if code >= 0 { return fresh[Int(code)] }
        // Slots come from `known` itself, which never changes: every one is filled.
        guard let file = known[slot: -1 - code]?.file else { preconditionFailure("a slot \(code) not in the known files") }
        return file
    }

    /// What the last scan had for the file at `position`, when the file is unchanged.
    public func knownFile(at position: Int) -> IndexedFile? {
        let code = order[position]
        return code < 0 ? known[slot: -1 - code] : nil
    }

    mutating func append(_ file: LibraryFile) {
        order.append(Int32(fresh.count))
        fresh.append(file)
    }

    mutating func appendKnown(slot: Int32) {
        order.append(-1 - slot)
    }

    /// Every file of `other`, a walk of a subfolder against the same `known`.
    mutating func append(contentsOf other: FoundFiles) {
        let offset = Int32(fresh.count)
        order.append(contentsOf: other.order.lazy.map { $0 >= 0 ? $0 + offset : $0 })
        fresh.append(contentsOf: other.fresh)
    }

    /// The file at `position` of `other`, a walk of a subfolder against the same `known`
    /// (slots are only meaningful in the table they came from).
    mutating func append(_ position: Int, of other: FoundFiles) {
        let code = other.order[position]
        if code >= 0 { append(other.fresh[Int(code)]) } else { order.append(code) }
    }

    mutating func reserveCapacity(_ capacity: Int) {
        order.reserveCapacity(capacity)
    }
}
