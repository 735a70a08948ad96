/// Indexed files by path: what a scan compares the folder against. The files sit in one array
/// and a table maps each path to its place. A dictionary of the files themselves spent more
/// than the list of stories: 100,000 entries of a hundred bytes each, at a quarter empty and
/// rounded up to a power of two.
public struct IndexedFiles: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// Nil in the slots of removed files.
    private var files: [IndexedFile?] = []
    private var positions: [String: Int32] = [:]
    /// Slots of removed files, reused by later additions.
    private var free: [Int32] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, IndexedFile)...) {
        for (path, file) in elements { self[path] = file }
    }

    public init(minimumCapacity: Int) {
        files.reserveCapacity(minimumCapacity)
        positions.reserveCapacity(minimumCapacity)
    }

    public var count: Int { positions.count }
    public var isEmpty: Bool { positions.isEmpty }
    public var paths: Dictionary<String, Int32>.Keys { positions.keys }

    public mutating func reserveCapacity(_ capacity: Int) {
        files.reserveCapacity(capacity)
        positions.reserveCapacity(capacity)
    }

    public subscript(path: String) -> IndexedFile? {
        get { positions[path].flatMap { files[Int($0)] } }
        set {
            switch (positions[path], newValue) {
            case (let position?, let file?):
                files[Int(position)] = file
            case (nil, let file?):
                if let slot = free.popLast() {
                    files[Int(slot)] = file
                    positions[path] = slot
                } else {
                    positions[path] = Int32(files.count)
                    files.append(file)
                }
            case (let position?, nil):
                positions[path] = nil
                files[Int(position)] = nil
                free.append(position)
            case (nil, nil):
                break
            }
        }
    }

    /// Where `path` sits, for `subscript(slot:)`; stable until the path is removed.
    public func slot(of path: String) -> Int32? {
        positions[path]
    }

    public subscript(slot slot: Int32) -> IndexedFile? {
        slot >= 0 && Int(slot) < files.count ? files[Int(slot)] : nil
    }

    public static func == (a: IndexedFiles, b: IndexedFiles) -> Bool {
        a.count == b.count && a.positions.keys.allSatisfy { a[$0] == b[$0] }
    }
}
