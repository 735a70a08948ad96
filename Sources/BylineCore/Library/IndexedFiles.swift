import OrderedCollections

/// Indexed files by path: what a scan compares the folder against. The paths sit in an
/// ordered set, whose place for each path is the file's slot in a parallel array. A
/// dictionary of the files themselves spent more than the list of stories (100,000 entries of
/// a hundred bytes each, at a quarter empty and rounded up to a power of two), and a
/// dictionary of slots still 5 MB; the ordered set's table takes as few bits a bucket as the
/// count needs.
public struct IndexedFiles: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// Every path ever added. A removed file leaves its path and a nil slot, so that slots
    /// never move (an ordered set closes the gap of a removal by moving every later path);
    /// a path added again takes its old slot back.
    private var slots: OrderedSet<String> = []
    private var files: [IndexedFile?] = []
    public private(set) var count = 0

    public init() {}

    public init(dictionaryLiteral elements: (String, IndexedFile)...) {
        for (path, file) in elements { self[path] = file }
    }

    public init(minimumCapacity: Int) {
        reserveCapacity(minimumCapacity)
    }

    public var isEmpty: Bool { count == 0 }

    /// The paths of the files held, in no particular order.
    public var paths: some Sequence<String> {
        zip(slots, files).lazy.filter { $0.1 != nil }.map(\.0)
    }

    public mutating func reserveCapacity(_ capacity: Int) {
        slots.reserveCapacity(capacity)
        files.reserveCapacity(capacity)
    }

    public subscript(path: String) -> IndexedFile? {
        get { slots.firstIndex(of: path).flatMap { files[$0] } }
        set {
            if let slot = slots.firstIndex(of: path) {
                count += (newValue != nil ? 1 : 0) - (files[slot] != nil ? 1 : 0)
                files[slot] = newValue
            } else if let newValue {
                slots.append(path)
                files.append(newValue)
                count += 1
            }
        }
    }

    /// Where `path` sits, for `subscript(slot:)`; stable for as long as this value lives.
    public func slot(of path: String) -> Int32? {
        slots.firstIndex(of: path).flatMap { files[$0] != nil ? Int32($0) : nil }
    }

    public subscript(slot slot: Int32) -> IndexedFile? {
        slot >= 0 && Int(slot) < files.count ? files[Int(slot)] : nil
    }

    /// A copy without the slots of removed files, once they are as many as the files held:
    /// a long session that sees many names come and go keeps no more than twice its files.
    public func compacted() -> IndexedFiles {
        guard slots.count - count > max(count, 64) else { return self }
        var compact = IndexedFiles(minimumCapacity: count)
        for (path, file) in zip(slots, files) { if let file { compact[path] = file } }
        return compact
    }

    public static func == (a: IndexedFiles, b: IndexedFiles) -> Bool {
        a.count == b.count && a.paths.allSatisfy { a[$0] == b[$0] }
    }
}
