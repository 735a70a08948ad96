import BylineCore
import Testing

@testable import BylineStore

@Suite struct IdentityResolverTests {
    typealias Known = IdentityResolver.Known
    typealias Scanned = IdentityResolver.Scanned
    let a = ArticleID("aaaa")
    let b = ArticleID("bbbb")

    @Test func samePathAndContentIsTheSameArticle() {
        let matches = IdentityResolver.resolve(
            known: [Known(id: a, path: "x.txt", contentHash: "1")], scanned: [Scanned(path: "x.txt", contentHash: "1")])
        #expect(matches == [.unchanged(a)])
    }

    @Test func sameContentElsewhereIsAMove() {
        let matches = IdentityResolver.resolve(
            known: [Known(id: a, path: "x.txt", contentHash: "1")], scanned: [Scanned(path: "world/y.txt", contentHash: "1")])
        #expect(matches == [.moved(a)])
    }

    @Test func samePathWithNewContentIsAnEdit() {
        let matches = IdentityResolver.resolve(
            known: [Known(id: a, path: "x.txt", contentHash: "1")], scanned: [Scanned(path: "x.txt", contentHash: "2")])
        #expect(matches == [.edited(a)])
    }

    @Test func aCopyOfAKnownArticleIsANewArticle() {
        let matches = IdentityResolver.resolve(
            known: [Known(id: a, path: "x.txt", contentHash: "1")],
            scanned: [Scanned(path: "copy.txt", contentHash: "1"), Scanned(path: "x.txt", contentHash: "1")])
        #expect(matches == [.new, .unchanged(a)])
    }

    @Test func aMoveWinsOverAStrangerTakingTheOldPath() {
        // x.txt moved to y.txt, and an unrelated file was saved as x.txt.
        let matches = IdentityResolver.resolve(
            known: [Known(id: a, path: "x.txt", contentHash: "1")],
            scanned: [Scanned(path: "x.txt", contentHash: "9"), Scanned(path: "y.txt", contentHash: "1")])
        #expect(matches == [.new, .moved(a)])
    }

    @Test func twoIdenticalFilesKeepTheirOwnIdentities() {
        let matches = IdentityResolver.resolve(
            known: [Known(id: a, path: "one.txt", contentHash: "1"), Known(id: b, path: "two.txt", contentHash: "1")],
            scanned: [Scanned(path: "two.txt", contentHash: "1"), Scanned(path: "one.txt", contentHash: "1")])
        #expect(matches == [.unchanged(b), .unchanged(a)])
    }
}
