import BylineCore
import Foundation
import Testing

/// A summary is a value however it is stored: copies do not share changes, and every field
/// reads back as it was given.
@Suite struct ArticleSummaryTests {
    private let file = LibraryFile(
        path: "feeds/a.rss", section: "feeds", systemPath: Array("/l/feeds/a.rss".utf8), size: 1,
        modificationTimeNanoseconds: 0, device: 0, inode: 0)

    private func summary(hash: String, itemKey: String? = nil, author: String? = nil) -> ArticleSummary {
        ArticleSummary(
            file: file, itemKey: itemKey, contentHash: hash, title: "T",
            date: ArticleDate(instant: Date(timeIntervalSince1970: 0), utcOffsetSeconds: 0), format: .feed, words: 3,
            author: author)
    }

    @Test(arguments: ["00000000000000ab", "ffffffffffffffff", "0123456789abcdef", "ABCDEF0123456789", "short", "", "0x12345678901234"])
    func aContentHashReadsBackAsGiven(hash: String) {
        #expect(summary(hash: hash).contentHash == hash)
    }

    @Test func feedFieldsReadBackAndCopiesAreIndependent() {
        var one = summary(hash: "00000000000000ab", itemKey: "g-1", author: "Ann")
        let copy = one
        #expect(one.itemKey == "g-1" && one.author == "Ann" && one.link == nil)
        #expect(one.identityPath == "feeds/a.rss#g-1")
        one.link = "https://example.org/1"
        one.author = nil
        #expect(one.link == "https://example.org/1" && one.author == nil && one.itemKey == "g-1")
        #expect(copy.link == nil && copy.author == "Ann", "the copy did not change")
        #expect(one != copy)
        one.link = nil
        one.author = "Ann"
        #expect(one == copy)
        #expect(one.hashValue == copy.hashValue)
    }
}
