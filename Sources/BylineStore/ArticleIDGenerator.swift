import BylineCore

/// Makes a new article's id: 12 hex digits derived from where and what it was when first seen.
/// Derived rather than random so that a test library gets the same ids on every machine.
enum ArticleIDGenerator {
    static func make(for summary: ArticleSummary, avoiding taken: TakenIDs) -> ArticleID {
        // The digest of "path NUL hash NUL salt", hashed in pieces rather than joined: a first
        // scan makes 100,000 of these.
        var seed = FNV1a()
        seed.add(contentsOf: summary.identityPath.utf8)
        seed.add(0)
        seed.add(contentsOf: summary.contentHash.utf8)
        seed.add(0)
        var salt = 0
        while true {
            var digest = seed
            digest.add(contentsOf: String(salt).utf8)
            let id = String(digest.hex.prefix(12))
            if !taken.contains(id) { return ArticleID(id) }
            salt += 1
        }
    }
}

/// Ids already given, kept as the numbers their 12 hex digits spell: a set of 100,000 of them
/// as strings took 6 MB at a first scan's peak, as numbers 2. An id of another form cannot
/// be one the generator makes, so it needs no place here.
struct TakenIDs {
    private var numbers: Set<UInt64> = []

    init(minimumCapacity: Int = 0) {
        numbers.reserveCapacity(minimumCapacity)
    }

    mutating func insert(_ id: ArticleID) {
        if let number = Self.number(id.rawValue) { numbers.insert(number) }
    }

    func contains(_ id: String) -> Bool {
        Self.number(id).map(numbers.contains) ?? false
    }

    private static func number(_ id: String) -> UInt64? {
        let digits = id.utf8
        guard digits.count == 12, digits.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else {
            return nil
        }
        return UInt64(id, radix: 16)
    }
}
