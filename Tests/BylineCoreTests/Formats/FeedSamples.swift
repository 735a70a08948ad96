@testable import BylineCore
import BylineTestSupport
import Foundation

/// The feed samples under fixtures/formats/feeds and how tests parse them: with the real HTML
/// converter, as the loader will.
enum FeedSamples {
    static let root = Fixtures.url("formats/feeds")

    static func allNames() -> [String] {
        FormatTestSupport.fixtureNames("feeds")
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: root.appendingPathComponent(name)))
    }

    static func parse(_ bytes: [UInt8]) -> Result<ParsedFile, ParseFailure> {
        FeedParser.parse(bytes, fallbackDate: FormatTestSupport.fileTime, renderHTML: HTMLConverter.convert(html:))
    }

    static func parse(_ text: String) -> Result<ParsedFile, ParseFailure> {
        parse(Array(text.utf8))
    }

    /// A minimal RSS 2.0 document around `items`.
    static func rss(_ items: String, channelTitle: String = "Test Feed") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>\(channelTitle)</title><link>https://feed.example/</link>
        \(items)
        </channel></rss>
        """
    }
}
