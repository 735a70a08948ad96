/// A piece of a Markdown paragraph after scanning, before emphasis is resolved.
enum InlineToken {
    case text(String)
    case code(String)
    /// A run of `*` or `_`, by index into the scanner's delimiter runs.
    case delimiter(Int)
    case softBreak
    case hardBreak
    case linkStart(String)
    case linkEnd
    case image(alt: String)
    case htmlTag(InlineHTMLTag)
}

/// A run of `*` or `_` that may open or close emphasis (CommonMark's flanking rules).
struct DelimiterRun {
    enum Use {
        case strong, emphasis
    }

    var character: Unicode.Scalar
    var length: Int
    var remaining: Int
    var canOpen: Bool
    var canClose: Bool
    var opens: [Use] = []
    var closes: [Use] = []
}
