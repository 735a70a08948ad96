/// Whether a run of `*` or `_` can open or close emphasis, from the characters around it.
struct MarkdownFlanking {
    var isLeft: Bool
    var isRight: Bool
    var beforeIsPunctuation: Bool
    var afterIsPunctuation: Bool

    init(before: Unicode.Scalar, after: Unicode.Scalar) {
        let beforeIsSpace = before.properties.isWhitespace
        let afterIsSpace = after.properties.isWhitespace
        beforeIsPunctuation = Self.isPunctuation(before)
        afterIsPunctuation = Self.isPunctuation(after)
        isLeft = !afterIsSpace && (!afterIsPunctuation || beforeIsSpace || beforeIsPunctuation)
        isRight = !beforeIsSpace && (!beforeIsPunctuation || afterIsSpace || afterIsPunctuation)
    }

    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// What a backslash can escape in Markdown.
    static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(scalar)
    }
}
