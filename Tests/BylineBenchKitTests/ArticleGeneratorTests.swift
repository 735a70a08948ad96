import BylineBenchKit
import BylineCore
import BylineTestSupport
import Foundation
import Testing

@Suite struct ArticleGeneratorTests {
    @Test func theSameSeedAndIndexWriteTheSameArticle() {
        let first = ArticleGenerator(seed: 7).article(42)
        let again = ArticleGenerator(seed: 7).article(42)
        #expect(first.text == again.text)
        #expect(first.relativePath == again.relativePath)
        #expect(ArticleGenerator(seed: 8).article(42).text != first.text)
        #expect(ArticleGenerator(seed: 7).article(43).text != first.text)
    }

    @Test func lengthsSectionsAndScriptsSpreadLikeRealNews() {
        let generator = ArticleGenerator()
        let articles = (0..<400).map(generator.article)
        #expect(articles.allSatisfy { ArticleGenerator.wordRange.contains($0.words) })
        #expect(Set(articles.map(\.section)) == Set(LibrarySections.all))
        #expect(LibrarySections.all.count == 20)
        #expect(LibrarySections.all.contains { $0.contains("/") })
        let nonASCII = articles.filter { !$0.text.unicodeScalars.allSatisfy(\.isASCII) }
        #expect(nonASCII.count > 300)
        #expect(articles.contains { $0.text.contains("東京") || $0.text.contains("種子島") })
        #expect(articles.contains { $0.text.contains("—") })
        let years = Set(articles.map { $0.date.epochSeconds / 31_557_600 + 1970 })
        #expect(years.count >= 15)
        #expect(Set(articles.map(\.date.utcOffsetSeconds)).count >= 8)
        // Names make some words selective: the rarest turn up in a few articles only.
        let names = Set(RareNames.all)
        var articlesWith: [String: Int] = [:]
        for article in articles {
            for word in Set(article.text.split { !$0.isLetter }.map(String.init)) where names.contains(word) {
                articlesWith[word, default: 0] += 1
            }
        }
        #expect(articlesWith.count > 2_000)
        #expect(articlesWith.values.contains { $0 > 200 })
        #expect(articlesWith.values.filter { $0 == 1 }.count > 1_000)
        #expect((articles.map(\.words).max() ?? 0) > 1_300 && (articles.map(\.words).min() ?? .max) < 500)
    }

    /// The real scanner and loader read back what the generator meant: every file an article,
    /// in its section, with its title, date, offset and word count.
    @Test func bylinesOwnLoaderReadsTheLibraryAsWritten() throws {
        let library = try TemporaryLibrary()
        let generator = ArticleGenerator(seed: 3)
        let summary = try LibraryWriter.write(count: 150, to: library.path, generator: generator)
        #expect(summary.files == 150)

        let loaded = LibraryLoader.load(try LibraryScanner(root: library.path))
        #expect(loaded.skipped.isEmpty)
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.articles.count == 150)
        let byPath = Dictionary(uniqueKeysWithValues: loaded.articles.map { ($0.path, $0) })
        for index in 0..<150 {
            let expected = generator.article(index)
            let article = try #require(byPath[expected.relativePath])
            #expect(article.section == expected.section)
            #expect(article.title == expected.title)
            #expect(article.words == expected.words)
            #expect(article.format == .text)
            #expect(!article.date.isEstimated)
            #expect(article.date.instant == Date(timeIntervalSince1970: Double(expected.date.epochSeconds)))
            #expect(article.date.utcOffsetSeconds == expected.date.utcOffsetSeconds)
        }
        #expect(summary.words == loaded.articles.reduce(0) { $0 + $1.words })
    }
}
