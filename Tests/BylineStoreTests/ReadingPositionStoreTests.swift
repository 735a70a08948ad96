import BylineCore
import BylineStore
import BylineTestSupport
import Foundation
import Testing

@Suite struct ReadingPositionStoreTests {
    @Test func positionsAreKeptForgottenAndOnlyForKnownArticles() throws {
        let library = try TemporaryLibrary()
        let statePath = library.sibling("state/byline.sqlite")
        try library.write("a.txt", "A\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\nBody.\n")
        try library.write("b.txt", "B\n\nPosted June 4th, 2011 at 4:10 pm (UTC-5)\n\nBody.\n")
        let store = try Store(path: statePath)
        let loaded = LibraryLoader.load(try LibraryScanner(root: library.path))
        let ids = try store.entries(for: loaded.articles).map(\.id)
        try #require(ids.count == 2)
        try store.setReadingPosition(ReadingPosition(paragraph: 3, offset: 120), for: ids[0])
        try store.setReadingPosition(ReadingPosition(paragraph: 1, offset: 0), for: ids[1])
        try store.setReadingPosition(ReadingPosition(paragraph: 9, offset: 9), for: ArticleID("unknown"))
        #expect(try store.readingPositions() == [
            ids[0]: ReadingPosition(paragraph: 3, offset: 120), ids[1]: ReadingPosition(paragraph: 1, offset: 0),
        ])
        try store.setReadingPosition(nil, for: ids[1])
        #expect(try Store(path: statePath).readingPositions() == [ids[0]: ReadingPosition(paragraph: 3, offset: 120)])
    }
}
