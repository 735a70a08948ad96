@testable import BylineCore
import Dispatch
import Foundation
import Testing

/// Hostile and damaged feeds: no crash, no hang, nothing printed, and a 10 MB feed in
/// reasonable time.
@Suite struct FeedRobustnessTests {
    @Test func tenThousandNestedElementsInAnItemDoNotOverflowTheStack() throws {
        let depth = 10_000
        let deep = String(repeating: "<div>", count: depth) + "deep text" + String(repeating: "</div>", count: depth)
        let parsed = try FeedSamples.parse(FeedSamples.rss("""
            <item><title>Deep</title><description>\(deep)</description></item>
            <item><title>After</title><description>Still read.</description></item>
            """)).get()
        #expect(parsed.items.map(\.article.title) == ["Deep", "After"])
        #expect(parsed.items.map(\.article.paragraphs) == [["deep text"], ["Still read."]])
    }

    @Test func tenThousandNestedUnknownElementsAroundTheItemsAreWalkedWithoutRecursion() throws {
        let depth = 10_000
        let text = "<rss><channel><title>T</title>" + String(repeating: "<x>", count: depth)
            + "<item><title>Buried</title></item>" + String(repeating: "</x>", count: depth)
            + "<item><title>Visible</title></item></channel></rss>"
        // Only items directly in the channel count; the buried one is not an item of this feed.
        let parsed = try FeedSamples.parse(text).get()
        #expect(parsed.items.map(\.article.title) == ["Visible"])
    }

    @Test func aTenMegabyteFeedParsesInReasonableTime() throws {
        let bytes = Self.largeFeed(size: 10 * 1_024 * 1_024)
        let clock = ContinuousClock()
        let start = clock.now
        let parsed = try FeedSamples.parse(bytes).get()
        let elapsed = clock.now - start
        #expect(parsed.items.count > 10_000)
        #expect(parsed.items.first?.article.paragraphs.first == "Item 0 of a very long feed, with café and naïve words and a link [1].")
        #expect(Set(parsed.items.compactMap(\.key)).count == parsed.items.count)
        // Generous for debug builds on a busy machine; release builds are several times faster.
        #expect(elapsed < .seconds(30))
        print("10 MB feed (\(parsed.items.count) items): \(elapsed)")
    }

    static func largeFeed(size: Int) -> [UInt8] {
        var text = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Big</title>\n"
        var index = 0
        while text.utf8.count < size {
            text += """
                <item><title>Item \(index)</title><guid>big-\(index)</guid><pubDate>Mon, 16 Nov 2026 10:00:00 +0100</pubDate>
                <description>&lt;p&gt;Item \(index) of a very long feed, with caf&eacute; and na&iuml;ve words and \
                &lt;a href="https://big.example/\(index)?a=1&amp;b=2"&gt;a link&lt;/a&gt;.&lt;/p&gt;</description></item>\n
                """
            index += 1
        }
        return Array((text + "</channel></rss>\n").utf8)
    }

    @Test func parsesTheSameFeedOnManyThreadsAtOnce() throws {
        let bytes = try FeedSamples.bytes("atom-content-types.xml")
        let expected = try FeedSamples.parse(bytes).get()
        let results = ParsedFileBox(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            results.set(index, try? FeedSamples.parse(bytes).get())
        }
        #expect(results.all.allSatisfy { $0 == expected })
    }

    @Test func libxmlPrintsNothingToStandardError() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("byline-feed-\(UUID().uuidString).log")
        #expect(FileManager.default.createFile(atPath: log.path, contents: nil))
        defer { try? FileManager.default.removeItem(at: log) }
        let logFile = try FileHandle(forWritingTo: log)
        let savedError = dup(2)
        dup2(logFile.fileDescriptor, 2)
        let damaged = [
            "<rss><channel><title>T</title><item><title>A</b></item><item><ti",
            "<rss><channel><item><undeclared:x>y</undeclared:x><title>&bogus; & <</title></item></channel></rss>",
            "<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><rss><channel><item><title>A</title></item></channel></rss>",
        ]
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            _ = FeedSamples.parse(damaged[index % damaged.count])
        }
        dup2(savedError, 2)
        close(savedError)
        try logFile.close()
        let printed = try String(contentsOf: log, encoding: .utf8)
        // Other suites may write here too; libxml2's messages name the parser or the entity.
        #expect(!printed.contains("parser error"))
        #expect(!printed.contains("namespace error"))
        #expect(!printed.contains("Entity"))
    }

    @Test func anUnknownDeclaredCharsetIsReadAsUTF8WithAWarning() throws {
        let text = "<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><rss><channel><item><title>Café</title></item></channel></rss>"
        let parsed = try FeedSamples.parse(text).get()
        #expect(parsed.items.map(\.article.title) == ["Café"])
        #expect(parsed.warnings == ["unknown charset x-no-such-charset; read as UTF-8"])
    }

    @Test func damagedSamplesNeverCrash() throws {
        var generator = SeededGenerator(seed: 4_093)
        for name in FeedSamples.allNames() {
            let original = try FeedSamples.bytes(name)
            for _ in 0..<40 {
                let bytes = ByteDamage.damaged(original, using: &generator)
                _ = FeedParser.looksLikeFeed(bytes)
                if case .success(let parsed) = FeedSamples.parse(bytes) {
                    #expect(!parsed.items.isEmpty)
                    #expect(Set(parsed.items.compactMap(\.key)).count == parsed.items.count)
                }
            }
        }
    }

    @Test func randomBytesAreRejected() {
        var generator = SeededGenerator(seed: 77)
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 1...2_000, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if case .success = FeedSamples.parse(bytes) { Issue.record("random bytes parsed as a feed") }
        }
    }
}

/// Collects results from concurrent workers; each index is written by exactly one of them.
private final class ParsedFileBox: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [ParsedFile?]

    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: ParsedFile?) {
        lock.withLock { values[index] = value }
    }

    var all: [ParsedFile?] { lock.withLock { values } }
}
