/// One generated article: the file's text plus what Byline should read back from it, so tests
/// can compare the real parser's view with the generator's intent.
public struct SyntheticArticle: Sendable {
    public var index: Int
    /// The folder, "world/europe".
    public var section: String
    /// Relative to the library: "world/europe/004217-harbor-council-approves.txt".
    public var relativePath: String
    public var title: String
    public var date: PostedDate
    /// Body words as Byline counts them (each CJK character is one).
    public var words: Int
    public var paragraphs: Int
    /// The whole file, in the plain-text article format.
    public var text: String
}
