@testable import BylineCore
import BylineTestSupport
import Foundation
import Testing

/// Shared pieces of the HTML and Markdown tests.
enum FormatTestSupport {
    /// The file time a parser falls back to: 2023-11-14T22:13:20Z.
    static let fileTime = ArticleDate(instant: Date(timeIntervalSince1970: 1_700_000_000), utcOffsetSeconds: 0)

    /// A sample's text, decoded leniently as the loader would (invalid bytes become U+FFFD).
    static func text(_ folder: String, _ name: String) throws -> String {
        let data = try Data(contentsOf: Fixtures.url("formats/\(folder)/\(name)"))
        return String(decoding: data, as: UTF8.self)
    }

    static func fixtureNames(_ folder: String) -> [String] {
        let url = Fixtures.url("formats/\(folder)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted()
    }
}

/// What a test expects of one parsed sample.
struct ArticleExpectation: Sendable, CustomTestStringConvertible {
    var file: String
    var title: String
    /// ISO 8601 with offset; nil means the file time, marked estimated.
    var date: String?
    var author: String?
    var link: String?
    var links: [String] = []
    /// Plain text of the first paragraph block.
    var firstParagraph: String?
    /// `Block.kindSummary` of every block, when the structure matters.
    var kinds: [String]?

    var testDescription: String { file }
}

extension Block {
    /// "p", "h2", "li0 •", "li1 3.", "li1 +" (an item's later paragraph), "q2", "code": enough
    /// to check structure at a glance.
    var kindSummary: String {
        switch self {
        case .paragraph: "p"
        case .heading(let level, _): "h\(level)"
        case .listItem(let marker, let depth, _): "li\(depth) \(marker.isEmpty ? "+" : marker)"
        case .quote(let depth, _): "q\(depth)"
        case .code: "code"
        }
    }

    var runs: [TextRun] {
        switch self {
        case .paragraph(let runs), .heading(_, let runs), .listItem(_, _, let runs), .quote(_, let runs): runs
        case .code: []
        }
    }
}

extension Article {
    var firstParagraphText: String? {
        blocks.first { if case .paragraph = $0 { true } else { false } }?.plainText
    }
}
