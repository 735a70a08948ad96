import BylineCore
import BylineUI
import Foundation

/// What each fuzz target feeds its input to, and what must hold afterwards. Shared by the
/// libFuzzer build of `byline-fuzz` (see fuzz/run) and by the tests that replay every input a
/// fuzzer ever found a fault with, so a fixed fault stays fixed.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case plainText = "plain-text"
    case markdown
    case html
    case feed
    case message
    case dates
    case sanitizer
    case wrapper
    case search

    /// The broken promise, or nil when the input was handled as it must be. A crash, a trap or
    /// a hang is a fault too: the fuzzer sees those itself.
    public func check(_ bytes: [UInt8]) -> String? {
        switch self {
        case .plainText: articleProblem(PlainTextParser.parse(Self.text(bytes), fallbackDate: Self.fallback))
        case .markdown: articleProblem(MarkdownParser.parse(Self.text(bytes), fallbackDate: Self.fallback))
        case .html: articleProblem(HTMLParser.parse(Self.text(bytes), fallbackDate: Self.fallback))
        case .feed: fileProblem(FeedParser.parse(bytes, fallbackDate: Self.fallback, renderHTML: HTMLConverter.convert(html:)))
        case .message: fileProblem(MessageParser.parse(bytes, fallbackDate: Self.fallback, renderHTML: HTMLConverter.convert(html:)))
        case .dates: FuzzChecks.dates(Self.text(bytes))
        case .sanitizer: FuzzChecks.sanitizer(Self.text(bytes))
        case .wrapper: FuzzChecks.wrapper(bytes)
        case .search: FuzzChecks.search(Self.text(bytes))
        }
    }

    static let fallback = ArticleDate(instant: Date(timeIntervalSince1970: 1_300_000_000), utcOffsetSeconds: 0, isEstimated: true)

    static func text(_ bytes: [UInt8]) -> String {
        TextDecoder.decode(bytes).text
    }

    private func articleProblem(_ article: Article?) -> String? {
        guard let article else { return nil }
        return FuzzChecks.article(article)
    }

    private func fileProblem(_ result: Result<ParsedFile, ParseFailure>) -> String? {
        guard case .success(let file) = result else { return nil }
        for item in file.items {
            if let problem = FuzzChecks.article(item.article) { return problem }
        }
        return nil
    }
}
