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

    @Test(arguments: [0, 3, 1_500, Int(Int32.max), Int(Int32.max) + 1, Int(Int32.min) - 1, -7, Int.max])
    func numbersTooWideForTheirFieldReadBackInFull(value: Int) {
        let wide = ArticleSummary(
            file: file, contentHash: "h", title: "T",
            date: ArticleDate(instant: Date(timeIntervalSince1970: 1.5), utcOffsetSeconds: value, isEstimated: true),
            format: .text, words: value)
        #expect(wide.words == value && wide.date.utcOffsetSeconds == value)
        #expect(wide.date.instant == Date(timeIntervalSince1970: 1.5) && wide.date.isEstimated)
        var changed = wide
        changed.words = 12
        changed.date.utcOffsetSeconds = -18_000
        #expect(changed.words == 12 && changed.date.utcOffsetSeconds == -18_000)
        #expect(changed == summaryLike(wide, words: 12, offset: -18_000), "equal to one made with those values")
    }

    private func summaryLike(_ other: ArticleSummary, words: Int, offset: Int) -> ArticleSummary {
        ArticleSummary(
            file: other.file, contentHash: other.contentHash, title: other.title,
            date: ArticleDate(instant: other.date.instant, utcOffsetSeconds: offset, isEstimated: other.date.isEstimated),
            format: other.format, words: words)
    }

    @Test func aDateComesBackExactly() {
        // A modification time in nanoseconds, which a round trip through another epoch rounds.
        let instant = Date(timeIntervalSince1970: Double(1_717_171_717_123_456_789) / 1_000_000_000)
        let dated = ArticleSummary(
            file: file, contentHash: "h", title: "T", date: ArticleDate(instant: instant, utcOffsetSeconds: 0),
            format: .text, words: 1)
        #expect(dated.date.instant == instant)
    }

    @Test func theSectionFollowsTheFileUnlessTheArticleHasItsOwn() {
        var plain = summary(hash: "00000000000000ab")
        #expect(plain.section == "feeds")
        var moved = file
        moved.section = "archive"
        plain.file = moved
        #expect(plain.section == "feeds", "a summary's section is its own once given")
        let item = ArticleSummary(
            file: file, itemKey: "g", contentHash: "h", title: "T",
            date: ArticleDate(instant: Date(timeIntervalSince1970: 0), utcOffsetSeconds: 0), format: .feed, words: 1,
            section: "feeds/Harbor Gazette")
        #expect(item.section == "feeds/Harbor Gazette" && item.file.section == "feeds")
        var back = item
        back.section = "feeds"
        #expect(back.section == "feeds" && back == summary(hash: "h", itemKey: "g").withWords(1))
    }
}

private extension ArticleSummary {
    func withWords(_ words: Int) -> ArticleSummary {
        var copy = self
        copy.words = words
        return copy
    }
}

@Suite struct TitleClippingTests {
    static func summary(_ title: String) -> ArticleSummary {
        let file = LibraryFile(path: "a.txt", section: "", systemPath: Array("/x/a.txt".utf8), size: 1, modificationTimeNanoseconds: 0, device: 0, inode: 0)
        return ArticleSummary(file: file, contentHash: "1", title: title, date: ArticleDate(instant: Date(), utcOffsetSeconds: 0), format: .text, words: 1)
    }

    @Test(arguments: [String(repeating: "é", count: 600), String(repeating: "word ", count: 1_000), "a" + String(repeating: "\u{301}", count: 100_000)])
    func longTitlesAreCutToTheLimitOnceAndStaySo(title: String) {
        let clipped = Self.summary(title).title
        #expect(clipped.utf8.count <= ArticleSummary.longestTitle && clipped.hasSuffix("…"))
        #expect(Self.summary(clipped).title == clipped, "read back from the index, it stays as it is")
    }

    @Test func aTitleWithinTheLimitIsKept() {
        let title = String(repeating: "é", count: 500)
        #expect(Self.summary(title).title == title)
    }
}
