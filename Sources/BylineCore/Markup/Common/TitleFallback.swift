import Foundation

/// A title for an article that names none: the start of its first text.
enum TitleFallback {
    /// Long enough for a headline, short enough for a list row.
    static let maxLength = 100

    static func title(from blocks: [Block]) -> String? {
        for block in blocks {
            let runs: [TextRun]
            switch block {
            case .paragraph(let r), .heading(_, let r), .listItem(_, _, let r), .quote(_, let r): runs = r
            case .code: continue
            }
            let text = withoutLinkNumbers(runs).trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { return shortened(text) }
        }
        return nil
    }

    /// Cut at a word boundary with an ellipsis when longer than `maxLength`.
    static func shortened(_ text: String) -> String {
        guard text.count > maxLength else { return text }
        let prefix = text.prefix(maxLength)
        let cut = prefix.lastIndex(of: " ").map { prefix[..<$0] } ?? prefix
        return cut.trimmingCharacters(in: .whitespaces) + "…"
    }

    /// The runs' text without the " [n]" after each link: a title has nowhere to list them.
    private static func withoutLinkNumbers(_ runs: [TextRun]) -> String {
        var text = ""
        var afterLink = false
        for run in runs {
            var piece = Substring(run.text)
            if afterLink, piece.hasPrefix(" ["), let close = piece.firstIndex(of: "]"),
               piece[piece.index(piece.startIndex, offsetBy: 2)..<close].allSatisfy(\.isASCIIDigit) {
                piece = piece[piece.index(after: close)...]
            }
            text += piece
            afterLink = run.emphasis.contains(.link)
        }
        return text
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
