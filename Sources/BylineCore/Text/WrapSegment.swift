/// A run of text that a line must not be broken inside, as produced by `LineBreakRules`.
struct WrapSegment: Equatable {
    var text: String
    /// Display width of `text`, kept so the wrapper never measures a segment twice.
    var width: Int
    /// Whether whitespace separated this segment from the previous one, so joining them on one
    /// line needs a space; CJK segments split without whitespace join directly.
    var followsSpace: Bool
}
