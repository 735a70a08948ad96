@testable import BylineCore
@testable import BylineStore
import BylineTestSupport
import Testing

/// Ids are stored in every reader's state file: the way a new one is derived must not change.
@Suite struct ArticleIDGeneratorTests {
    private let summary = Stories.entry("harbor", "Harbor", section: "world", day: 1).summary

    @Test func anIdIsTheDigestOfPathHashAndSalt() {
        let seed = "world/harbor.txt\u{0}harbor\u{0}0"
        let id = ArticleIDGenerator.make(for: summary, avoiding: [])
        #expect(id.rawValue == String(ContentHash.of(seed.utf8).prefix(12)))
        #expect(id.rawValue == "5beaec9fe000")
    }

    @Test func aTakenIdMovesOnToTheNextSalt() {
        let first = ArticleIDGenerator.make(for: summary, avoiding: [])
        let second = ArticleIDGenerator.make(for: summary, avoiding: [first.rawValue])
        #expect(second != first)
        #expect(second.rawValue == String(ContentHash.of("world/harbor.txt\u{0}harbor\u{0}1".utf8).prefix(12)))
    }
}
