import Foundation

/// What the lists need to know of an article, without its body: the body is parsed again only
/// when the article is opened, so a large library's lists stay small.
///
/// A value over one shared, never-changed object: the same summary sits in the scan's result,
/// the index snapshot, the entries and the interface's lists, and with its fields inline (over
/// 200 bytes) each of those arrays held its own copy of every summary; now they share one
/// object per article, and a copy costs a pointer. Changing a field makes a new object.
public struct ArticleSummary: Hashable, Sendable {
    private var storage: Storage

    public init(
        file: LibraryFile, itemKey: String? = nil, contentHash: String, title: String, date: ArticleDate,
        format: ArticleFormat, words: Int, section: String? = nil, author: String? = nil, link: String? = nil
    ) {
        let hash = Self.number(spelledBy: contentHash)
        let ownSection = section.flatMap { $0 == file.section ? nil : $0 }
        storage = Storage(Fields(
            file: file, format: format, isEstimated: date.isEstimated, utcOffset: Int32(clamping: date.utcOffsetSeconds),
            hash: hash ?? 0, title: Self.clipped(title), instant: date.instant.timeIntervalSinceReferenceDate, words: Int32(clamping: words),
            extras: Extras.make(Extras.Values(
                itemKey: itemKey, author: author, link: link, section: ownSection,
                hashText: hash == nil ? contentHash : nil, utcOffset: Self.wide(date.utcOffsetSeconds),
                words: Self.wide(words)))))
    }

    /// The longest title kept, in UTF-8 bytes: a file of one 2 MiB line would otherwise be a
    /// 2 MiB title in every list, the index and `byline list`.
    public static let longestTitle = 1_000

    /// Cut by scalars (a character can carry megabytes of combining marks) to fit with its "…"
    /// in `longestTitle` bytes, so that a clipped title read back from the index stays as it is.
    static func clipped(_ title: String) -> String {
        guard title.utf8.count > longestTitle else { return title }
        var kept = String.UnicodeScalarView()
        var bytes = 0
        for scalar in title.unicodeScalars {
            bytes += String(scalar).utf8.count
            guard bytes <= longestTitle - 3 else { break }
            kept.append(scalar)
        }
        return String(kept) + "…"
    }

    public var file: LibraryFile {
        get { storage.fields.file }
        set {
            // The article keeps the section it had: a summary's section is its own once made.
            let section = self.section
            change { $0.file = newValue }
            self.section = section
        }
    }

    /// Names the article within its file (feed items, messages); nil when the file is the article.
    public var itemKey: String? {
        get { storage.fields.extras?.values.itemKey }
        set { changeExtras { $0.itemKey = newValue } }
    }

    /// Digest of what the article says: the file's bytes, or for a feed item its own content.
    public var contentHash: String {
        get {
            if let text = storage.fields.extras?.values.hashText { return text }
            let hex = String(storage.fields.hash, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }
        set {
            let hash = Self.number(spelledBy: newValue)
            change { $0.hash = hash ?? 0 }
            changeExtras { $0.hashText = hash == nil ? newValue : nil }
        }
    }

    public var title: String {
        get { storage.fields.title }
        set { change { $0.title = newValue } }
    }

    public var date: ArticleDate {
        get {
            ArticleDate(
                instant: Date(timeIntervalSinceReferenceDate: storage.fields.instant),
                utcOffsetSeconds: storage.fields.extras?.values.utcOffset ?? Int(storage.fields.utcOffset),
                isEstimated: storage.fields.isEstimated)
        }
        set {
            change {
                $0.instant = newValue.instant.timeIntervalSinceReferenceDate
                $0.isEstimated = newValue.isEstimated
                $0.utcOffset = Int32(clamping: newValue.utcOffsetSeconds)
            }
            changeExtras { $0.utcOffset = Self.wide(newValue.utcOffsetSeconds) }
        }
    }

    public var format: ArticleFormat {
        get { storage.fields.format }
        set { change { $0.format = newValue } }
    }

    public var words: Int {
        get { storage.fields.extras?.values.words ?? Int(storage.fields.words) }
        set {
            change { $0.words = Int32(clamping: newValue) }
            changeExtras { $0.words = Self.wide(newValue) }
        }
    }

    /// The folder, plus a feed's title for its items ("feeds/Harbor Gazette").
    public var section: String {
        get { storage.fields.extras?.values.section ?? storage.fields.file.section }
        set {
            let own = newValue == storage.fields.file.section ? nil : newValue
            changeExtras { $0.section = own }
        }
    }

    public var author: String? {
        get { storage.fields.extras?.values.author }
        set { changeExtras { $0.author = newValue } }
    }

    public var link: String? {
        get { storage.fields.extras?.values.link }
        set { changeExtras { $0.link = newValue } }
    }

    public var path: String { storage.fields.file.path }

    /// What identity follows: the file's path, or the path and item key for one of several
    /// articles in a file.
    public var identityPath: String {
        // Field by field: a copy of all the fields would retain and release every string.
        guard storage.fields.format == .feed, let itemKey = storage.fields.extras?.values.itemKey else {
            return storage.fields.file.path
        }
        return storage.fields.file.path + "#" + itemKey
    }

    public static func == (a: ArticleSummary, b: ArticleSummary) -> Bool {
        a.storage === b.storage || a.storage.fields == b.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }

    /// Summaries are made far more often than changed: a change makes a new object, so the
    /// shared one never changes and reading a field needs no exclusivity check.
    private mutating func change(_ body: (inout Fields) -> Void) {
        var fields = storage.fields
        body(&fields)
        storage = Storage(fields)
    }

    private mutating func changeExtras(_ body: (inout Extras.Values) -> Void) {
        var values = storage.fields.extras?.values ?? Extras.Values()
        body(&values)
        let extras = Extras.make(values)
        if extras != storage.fields.extras { change { $0.extras = extras } }
    }

    /// The number a content hash of 16 lowercase hex digits spells (see `ContentHash`); nil
    /// for any other text, which is then kept as it is.
    private static func number(spelledBy text: String) -> UInt64? {
        let digits = text.utf8
        guard digits.count == 16, digits.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else {
            return nil
        }
        return UInt64(text, radix: 16)
    }

    /// `value` when it does not fit in 32 bits, to be kept in full among the extras.
    private static func wide(_ value: Int) -> Int? {
        Int32(exactly: value) == nil ? value : nil
    }

    private final class Storage: Sendable {
        let fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    /// Laid out to leave no padding, since each of 100,000 articles has one: the file's last
    /// byte is followed by the one-byte fields, numbers are as narrow as nearly every value
    /// allows (the rest keep theirs among the extras), and the hash is the number its 16 hex
    /// digits spell. 144 bytes an object where inline fields and strings took 192.
    private struct Fields: Hashable, Sendable {
        var file: LibraryFile
        var format: ArticleFormat
        var isEstimated: Bool
        /// Clamped; the exact value is among the extras when it does not fit.
        var utcOffset: Int32
        /// 0 when the hash is text, kept among the extras.
        var hash: UInt64
        var title: String
        /// `Date`'s own number, so that the date comes back exactly.
        var instant: Double
        /// Clamped; the exact value is among the extras when it does not fit.
        var words: Int32
        var extras: Extras?
    }

    /// What only feed items and messages have, and the rare value too wide for its field, in
    /// one object shared by copies: none at all for the plain files that make up most of a library.
    private final class Extras: Hashable, Sendable {
        struct Values: Hashable, Sendable {
            var itemKey: String?
            var author: String?
            var link: String?
            /// The article's section when it is not its file's.
            var section: String?
            /// A content hash that is not 16 hex digits.
            var hashText: String?
            var utcOffset: Int?
            var words: Int?
        }

        let values: Values

        private init(_ values: Values) {
            self.values = values
        }

        /// Nil when there is nothing to keep.
        static func make(_ values: Values) -> Extras? {
            values == Values() ? nil : Extras(values)
        }

        static func == (a: Extras, b: Extras) -> Bool {
            a.values == b.values
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(values)
        }
    }
}
