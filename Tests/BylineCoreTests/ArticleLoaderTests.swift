import BylineCore
import BylineTestSupport
import Foundation
import Testing

@Suite struct ArticleLoaderTests {
    @Test func loadsSummariesWithoutKeepingBodies() throws {
        let library = try TemporaryLibrary()
        try library.write("world/a.txt", "Café “news”\n\nPosted Nov 3rd, 2026 at 9:00 am (UTC+1)\n\nOne two three.\n")
        let loaded = LibraryLoader.load(try LibraryScanner(root: library.path))
        let summary = try #require(loaded.articles.first)
        #expect(summary.title == "Café “news”")
        #expect(summary.section == "world")
        #expect(summary.words == 3)
        #expect(summary.date.iso8601 == "2026-11-03T09:00:00+01:00")
        #expect(summary.contentHash.count == 16)
    }

    @Test func skipsBadFilesAndKeepsLoadingTheRest() throws {
        let library = try TemporaryLibrary()
        try library.write("good.txt", "Good\n\nBody.\n")
        try library.write("empty.txt", "")
        try library.write("blank.txt", "  \n\n")
        try library.write("binary.txt", bytes: [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1])
        try library.write("latin1.txt", bytes: Array("Caf".utf8) + [0xE9] + Array("\n\nBody\n".utf8))
        let loaded = LibraryLoader.load(try LibraryScanner(root: library.path))
        #expect(Set(loaded.articles.map(\.title)) == ["Good", "Café"])
        #expect(loaded.skipped == [
            SkippedFile(path: "binary.txt", reason: "binary file, not text"),
            SkippedFile(path: "blank.txt", reason: "no text in file"),
            SkippedFile(path: "empty.txt", reason: "empty file"),
        ])
    }

    @Test func anUndatedArticleTakesTheFileTimeAsAnEstimate() throws {
        let library = try TemporaryLibrary()
        try library.write("undated.txt", "Undated\n\nBody.\n")
        try library.touch("undated.txt", date: Date(timeIntervalSince1970: 1_750_000_000))
        let loaded = LibraryLoader.load(try LibraryScanner(root: library.path))
        let summary = try #require(loaded.articles.first)
        #expect(summary.date.isEstimated)
        #expect(summary.date.instant == Date(timeIntervalSince1970: 1_750_000_000))
    }

    @Test func theSampleLibraryLoadsCompletely() throws {
        let loaded = LibraryLoader.load(try LibraryScanner(root: Fixtures.url("news").path))
        #expect(loaded.skipped.isEmpty)
        #expect(loaded.articles.count >= 20)
        #expect(Set(loaded.articles.map(\.section)).count >= 4)
        #expect(loaded.articles.contains { $0.section == "science/space" })
        #expect(loaded.articles.filter(\.date.isEstimated).count == 1)
        #expect(loaded.articles.filter { $0.words >= 2_000 }.count >= 3)
    }
}
