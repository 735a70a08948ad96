/// How far an article was read: the block at the top of the reading pane and the characters
/// of it above the top line. Kept in these terms rather than as a line number, so that the
/// place survives another pane width, where every line breaks differently.
public struct ReadingPosition: Hashable, Sendable {
    public var paragraph: Int
    public var offset: Int

    public init(paragraph: Int, offset: Int) {
        self.paragraph = paragraph
        self.offset = offset
    }
}
