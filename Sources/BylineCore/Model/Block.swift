/// One block of an article body, keeping the structure a terminal can show: the reading pane
/// reflows paragraphs, list items and quotes, and keeps code verbatim.
public enum Block: Hashable, Sendable {
    case paragraph([TextRun])
    case heading(level: Int, [TextRun])
    /// `marker` is "•" or "1." and the like; `depth` 0 for a top-level item.
    case listItem(marker: String, depth: Int, [TextRun])
    case quote(depth: Int, [TextRun])
    /// Preformatted lines, never reflowed.
    case code([String])

    /// The block as plain text (for JSON, search and word counts).
    public var plainText: String {
        switch self {
        case .paragraph(let runs), .heading(_, let runs), .quote(_, let runs):
            runs.plainText
        case .listItem(let marker, _, let runs):
            marker + " " + runs.plainText
        case .code(let lines):
            lines.joined(separator: "\n")
        }
    }
}

/// A stretch of inline text with one emphasis.
public struct TextRun: Hashable, Sendable {
    public struct Emphasis: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Strong (`**x**`, `<b>`, `<strong>`): bold.
        public static let strong = Emphasis(rawValue: 1)
        /// Emphasis (`*x*`, `<i>`, `<em>`): underlined.
        public static let emphasis = Emphasis(rawValue: 2)
        /// Inline code.
        public static let code = Emphasis(rawValue: 4)
        /// A link's text, followed by its reference number.
        public static let link = Emphasis(rawValue: 8)
    }

    public var text: String
    public var emphasis: Emphasis

    public init(_ text: String, _ emphasis: Emphasis = []) {
        self.text = text
        self.emphasis = emphasis
    }
}

extension [TextRun] {
    public var plainText: String { map(\.text).joined() }
}
