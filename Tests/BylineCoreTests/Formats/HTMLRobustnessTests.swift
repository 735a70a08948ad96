@testable import BylineCore
import Dispatch
import Foundation
import Testing

@Suite struct HTMLRobustnessTests {
    @Test(arguments: [
        "<p>unclosed <b>bold <i>and italic",
        "<html><body><p>text</p></div></span></body></html></html>",
        "<<<>>><p>x</p><!-- unterminated comment",
        "<p attr=\"unterminated>text</p>",
        "<table><td>cell without row<li>item without list</table>",
        "</p></li></ul>closing tags only",
        "<pre><code>never closed",
        "\u{0}\u{1}<p>\u{FFFD}control\u{7}</p>",
        "<a href=\"https://a.example/\"><a href=\"https://b.example/\">nested links</a></a>",
    ])
    func malformedMarkupNeverCrashes(html: String) {
        _ = HTMLConverter.convert(html: html)
        _ = HTMLParser.parse(html, fallbackDate: FormatTestSupport.fileTime)
    }

    @Test func libxmlPrintsNothingToStandardError() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("byline-libxml-\(UUID().uuidString).log")
        #expect(FileManager.default.createFile(atPath: log.path, contents: nil))
        defer { try? FileManager.default.removeItem(at: log) }
        let logFile = try FileHandle(forWritingTo: log)
        let savedError = dup(2)
        dup2(logFile.fileDescriptor, 2)
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            _ = HTMLConverter.convert(html: "<p>broken <b><i>nesting</b></i> &bogus; <unknown-tag><table><p>x</div>")
        }
        dup2(savedError, 2)
        close(savedError)
        try logFile.close()
        let printed = try String(contentsOf: log, encoding: .utf8)
        // Other suites may write here too; libxml2's messages name the parser.
        #expect(!printed.contains("parser error"))
        #expect(!printed.contains("HTML parser"))
    }

    @Test func unclosedMarkupStillGivesItsText() {
        let rich = HTMLConverter.convert(html: "<p>unclosed <b>bold <i>and italic")
        #expect(rich.blocks.map(\.plainText) == ["unclosed bold and italic"])
    }

    @Test func tenThousandNestedDivsDoNotOverflowTheStack() {
        let depth = 10_000
        let html = String(repeating: "<div>", count: depth) + "deep text" + String(repeating: "</div>", count: depth)
        let rich = HTMLConverter.convert(html: html)
        #expect(rich.blocks.map(\.plainText) == ["deep text"])
    }

    @Test func deeplyNestedListsAndQuotesAreShownAtAClampedDepth() {
        let depth = 2_000
        let lists = String(repeating: "<ul><li>x", count: depth) + String(repeating: "</li></ul>", count: depth)
        let listBlocks = HTMLConverter.convert(html: lists).blocks
        #expect(listBlocks.allSatisfy { if case .listItem(_, let d, _) = $0 { d <= BlockAssembler.maxDepth } else { false } })
        let quotes = String(repeating: "<blockquote>q", count: depth)
        let quoteBlocks = HTMLConverter.convert(html: quotes).blocks
        #expect(quoteBlocks.allSatisfy { if case .quote(let d, _) = $0 { d <= BlockAssembler.maxDepth } else { false } })
    }

    @Test func parsesTheSameDocumentOnManyThreadsAtOnce() throws {
        let text = try FormatTestSupport.text("html", "og-article-page.html")
        let expected = HTMLParser.parse(text, fallbackDate: FormatTestSupport.fileTime)
        let results = ResultBox(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            results.set(index, HTMLParser.parse(text, fallbackDate: FormatTestSupport.fileTime))
        }
        #expect(expected != nil)
        #expect(results.all.allSatisfy { $0 == expected })
    }

    @Test func convertsALargePageQuickly() {
        let paragraph = "<p>Word <b>bold</b> and <a href=\"https://example.com/\(UUID().uuidString)\">a link</a> with &eacute; entities &amp; more text to fill the line.</p>\n"
        var html = "<html><body><article>"
        while html.utf8.count < 200_000 { html += paragraph }
        html += "</article></body></html>"
        let start = ContinuousClock.now
        let rich = HTMLConverter.convert(html: html)
        let elapsed = ContinuousClock.now - start
        #expect(rich.blocks.count > 1_000)
        #expect(elapsed < .seconds(2), "converting 200 KB took \(elapsed)")
    }
}

/// Collects results from concurrent workers; each index is written by exactly one of them.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Article?]

    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Article?) {
        lock.withLock { values[index] = value }
    }

    var all: [Article?] { lock.withLock { values } }
}
