@testable import BylineCore
import BylineTestSupport
import Foundation
import Testing

/// The one-pass summary must say exactly what the full parse says, or the lists would change
/// depending on whether a file came through a cold index or was opened.
@Suite struct PlainTextSummarizerTests {
    static let file = LibraryFile(
        path: "world/story.txt", section: "world", systemPath: Array("/lib/world/story.txt".utf8), size: 0,
        modificationTimeNanoseconds: 1_700_000_000_000_000_000, device: 1, inode: 1, formatHint: .text)

    private func bothWays(_ bytes: [UInt8]) -> (quick: [ArticleSummary]?, full: [ArticleSummary]?) {
        let quick = try? ArticleLoader.summarize(bytes, file: Self.file).get().summaries
        let full = try? ArticleLoader.parse(bytes, file: Self.file).get().items.map(\.summary)
        return (quick, full)
    }

    @Test(arguments: [
        "Harbor strike ends\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\nLeave a comment\n\nDock workers voted.\n\nThe port reopens.\n",
        "  \n\n  Title with spaces  \r\n\r\nPosted Jun 3, 2011 at 4:10 PM (GMT)\r\nShare this:\r\n\r\nBody one\r\nbody two\r\n",
        "Old Mac\r\rPosted June 3rd, 2011 at 4:10 pm (UTC+5:30)\rComments (14)\r\rLine\rline\r",
        "No date\n\nShare\n\nFirst paragraph — with a dash, and 3.5 numbers.\n",
        "Only a title",
        "Title\n\nPosted nonsense 2011\n\nBody\n",
        "東京の天気\n\nPosted June 3rd, 2011 at 4:10 pm (UTC+9)\n\n今日は晴れです。明日は雨。 Mixed 言葉 text.\n",
        "\u{00A0}\u{3000}\nTitle after odd blanks\n\u{2003}\nBody\u{00A0}words\u{3000}here\n",
        "Title\n\nCafé naïve — ½ “quotes” \u{1F600} e\u{0301} \u{1B}[31mred\u{1B}[0m\n",
        "Title\n\n3 Comments\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\nComments\n",
        "Title\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\nPosted June 4th, 2011 at 4:10 pm (UTC-5)\nBody\n",
    ])
    func agreesWithTheFullParse(text: String) throws {
        let bytes = Array(text.utf8)
        let (quick, full) = bothWays(bytes)
        #expect(quick == full)
        // Valid UTF-8 with a headline really goes the quick way.
        let summary = bytes.withUnsafeBufferPointer {
            PlainTextSummarizer.summarize($0, fallbackDate: Self.file.modificationDate)
        }
        #expect(summary != nil)
        #expect(summary?.contentHash == ContentHash.of(bytes))
    }

    @Test(arguments: [
        [0xEF, 0xBB, 0xBF] + Array("Title with a BOM\n\nBody\n".utf8),
        Array("Caf".utf8) + [0xE9] + Array("\n\nBody\n".utf8),
        Array("Title\n\nBody ".utf8) + [0xE2, 0x82],
        Array("Title\n\nOverlong ".utf8) + [0xC0, 0xAF],
        Array("Title\n\nSurrogate ".utf8) + [0xED, 0xA0, 0x80],
        Array("Title\n\nToo high ".utf8) + [0xF4, 0x90, 0x80, 0x80],
        Array("   \n\t\n".utf8),
    ])
    func leavesLegacyEncodingsAndEmptyTextToTheFullParse(bytes: [UInt8]) {
        let summary = bytes.withUnsafeBufferPointer {
            PlainTextSummarizer.summarize($0, fallbackDate: Self.file.modificationDate)
        }
        #expect(summary == nil)
        let (quick, full) = bothWays(bytes)
        #expect(quick == full)
    }

    /// Random documents from pieces that each stress one rule: line ends, blank look-alikes,
    /// boilerplate, date lines, CJK, punctuation, invalid bytes.
    @Test func agreesOnThousandsOfRandomDocuments() {
        let pieces: [[UInt8]] = [
            "\n", "\r\n", "\r", " ", "\t", "\u{00A0}", "\u{3000}", "\u{2028}", "Leave a comment", "Share",
            "Comments (3)", "Posted June 3rd, 2011 at 4:10 pm (UTC-5)", "Posted Jan 1, 2020 at 12:00 am (GMT)",
            "Headline", "word", "42", "—", "...", "東京", "かな", "e\u{0301}", "\u{1F600}", "\u{1B}[2J", "Ünïcödé",
            "x-y", "\u{0}", "\u{7F}",
        ].map { Array($0.utf8) } + [[0xE9], [0xFF], [0xC3], [0xED, 0xBF, 0xBF]]
        var generator = SeededGenerator(seed: 20_261_130)
        var fastPathTaken = 0
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...40, using: &generator) {
                bytes += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }
            let (quick, full) = bothWays(bytes)
            #expect(quick == full, "\(bytes)")
            if bytes.withUnsafeBufferPointer({ PlainTextSummarizer.summarize($0, fallbackDate: Self.file.modificationDate) }) != nil {
                fastPathTaken += 1
            }
        }
        #expect(fastPathTaken > 300)
    }

    @Test func agreesOnEverySampleFile() throws {
        let root = Fixtures.url("news").path
        let files = try LibraryScanner(root: root).scan().files
        #expect(files.count > 10)
        for file in files {
            var asText = file
            asText.formatHint = .text
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: String(decoding: file.systemPath, as: UTF8.self))))
            let quick = try? ArticleLoader.summarize(bytes, file: asText).get().summaries
            let full = try? ArticleLoader.parse(bytes, file: asText).get().items.map(\.summary)
            #expect(quick == full, "\(file.path)")
        }
    }
}
