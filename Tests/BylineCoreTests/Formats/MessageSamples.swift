import BylineCore
import BylineTestSupport
import Foundation

/// The message samples under fixtures/formats/messages and how tests parse them.
enum MessageSamples {
    static let root = Fixtures.url("formats/messages")

    /// The file time a sample without a usable Date falls back to.
    static let fileTime = ArticleDate(instant: Date(timeIntervalSince1970: 1_700_000_000), utcOffsetSeconds: 3_600)

    /// Every sample's path below the root, found on disk (dotfiles such as Maildir/tmp/.gitkeep
    /// excluded, as the library scanner excludes them).
    static func allPaths() -> [String] {
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var paths: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                  !url.lastPathComponent.hasPrefix(".")
            else { continue }
            paths.append(String(url.path.dropFirst(root.path.count + 1)))
        }
        return paths.sorted()
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: root.appendingPathComponent(path)))
    }

    static func parse(_ bytes: [UInt8], renderHTML: (String) -> RichText = TagStrippingRenderer.render) -> Result<ParsedFile, ParseFailure> {
        MessageParser.parse(bytes, fallbackDate: fileTime, renderHTML: renderHTML)
    }

    static func parse(_ text: String) -> Result<ParsedFile, ParseFailure> {
        parse(Array(text.utf8))
    }
}
