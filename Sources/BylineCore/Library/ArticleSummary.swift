/// What the lists need to know of an article, without its body: the body is parsed again only
/// when the article is opened, so a large library's lists stay small.
///
/// A value with copy-on-write storage: the same summary sits in the scan's result, the index
/// snapshot, the entries and the interface's lists, and with its fields inline (over 200 bytes)
/// each of those arrays held its own copy of every summary; now they share one object per
/// article, and a copy costs a pointer.
public struct ArticleSummary: Hashable, Sendable {
    private var storage: Storage

    public init(
        file: LibraryFile, itemKey: String? = nil, contentHash: String, title: String, date: ArticleDate,
        format: ArticleFormat, words: Int, section: String? = nil, author: String? = nil, link: String? = nil
    ) {
        storage = Storage(Fields(
            file: file, digest: Digest(contentHash), title: title, date: date, format: format, words: words,
            section: section ?? file.section, extras: Extras.make(itemKey: itemKey, author: author, link: link)))
    }

    public var file: LibraryFile {
        get { storage.fields.file }
        set { unique().fields.file = newValue }
    }

    /// Names the article within its file (feed items, messages); nil when the file is the article.
    public var itemKey: String? {
        get { storage.fields.extras?.itemKey }
        set {
            let extras = Extras.make(itemKey: newValue, author: author, link: link)
            unique().fields.extras = extras
        }
    }

    /// Digest of what the article says: the file's bytes, or for a feed item its own content.
    public var contentHash: String {
        get { storage.fields.digest.text }
        set { unique().fields.digest = Digest(newValue) }
    }

    public var title: String {
        get { storage.fields.title }
        set { unique().fields.title = newValue }
    }

    public var date: ArticleDate {
        get { storage.fields.date }
        set { unique().fields.date = newValue }
    }

    public var format: ArticleFormat {
        get { storage.fields.format }
        set { unique().fields.format = newValue }
    }

    public var words: Int {
        get { storage.fields.words }
        set { unique().fields.words = newValue }
    }

    /// The folder, plus a feed's title for its items ("feeds/Harbor Gazette").
    public var section: String {
        get { storage.fields.section }
        set { unique().fields.section = newValue }
    }

    public var author: String? {
        get { storage.fields.extras?.author }
        set {
            let extras = Extras.make(itemKey: itemKey, author: newValue, link: link)
            unique().fields.extras = extras
        }
    }

    public var link: String? {
        get { storage.fields.extras?.link }
        set {
            let extras = Extras.make(itemKey: itemKey, author: author, link: newValue)
            unique().fields.extras = extras
        }
    }

    public var path: String { storage.fields.file.path }

    /// What identity follows: the file's path, or the path and item key for one of several
    /// articles in a file.
    public var identityPath: String {
        let fields = storage.fields
        guard let itemKey = fields.extras?.itemKey, fields.format == .feed else { return fields.file.path }
        return fields.file.path + "#" + itemKey
    }

    public static func == (a: ArticleSummary, b: ArticleSummary) -> Bool {
        a.storage === b.storage || a.storage.fields == b.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }

    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    /// Changed only through `unique()`, so never while another summary shares it: that is what
    /// makes the unchecked `Sendable` sound.
    private final class Storage: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private struct Fields: Hashable {
        var file: LibraryFile
        var digest: Digest
        var title: String
        var date: ArticleDate
        var format: ArticleFormat
        var words: Int
        var section: String
        var extras: Extras?
    }

    /// The content hash. Nearly always 16 hex digits (see `ContentHash`), kept as the number
    /// they spell: as text each one was an object of its own.
    private enum Digest: Hashable {
        case number(UInt64)
        case text(String)

        init(_ text: String) {
            let digits = text.utf8
            if digits.count == 16, digits.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }),
               let value = UInt64(text, radix: 16) {
                self = .number(value)
            } else {
                self = .text(text)
            }
        }

        var text: String {
            switch self {
            case .number(let value):
                let hex = String(value, radix: 16)
                return String(repeating: "0", count: 16 - hex.count) + hex
            case .text(let text):
                return text
            }
        }
    }

    /// What only feed items and messages have, in one object shared by copies, and none at all
    /// for the plain files that make up most of a library.
    private final class Extras: Hashable, Sendable {
        let itemKey: String?
        let author: String?
        let link: String?

        private init(itemKey: String?, author: String?, link: String?, _: Void) {
            self.itemKey = itemKey
            self.author = author
            self.link = link
        }

        /// Nil when there is nothing to keep.
        static func make(itemKey: String?, author: String?, link: String?) -> Extras? {
            if itemKey == nil, author == nil, link == nil { return nil }
            return Extras(itemKey: itemKey, author: author, link: link, ())
        }

        static func == (a: Extras, b: Extras) -> Bool {
            a.itemKey == b.itemKey && a.author == b.author && a.link == b.link
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(itemKey)
            hasher.combine(author)
            hasher.combine(link)
        }
    }
}
