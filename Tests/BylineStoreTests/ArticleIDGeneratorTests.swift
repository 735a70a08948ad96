@testable import BylineCore
@testable import BylineStore
import BylineTestSupport
import Testing

/// Ids are stored in every reader's state file: the way a new one is derived must not change.
@Suite struct ArticleIDGeneratorTests {
    private let summary = Stories.entry("harbor", "Harbor", section: "world", day: 1).summary

    @Test func anIdIsTheDigestOfPathHashAndSalt() {
        let seed = "world/harbor.txt\u{0}harbor\u{0}0"
        let id = ArticleIDGenerator.make(for: summary, avoiding: TakenIDs())
        #expect(id.rawValue == String(ContentHash.of(seed.utf8).prefix(12)))
        #expect(id.rawValue == "5beaec9fe000")
    }

    @Test func aTakenIdMovesOnToTheNextSalt() {
        let first = ArticleIDGenerator.make(for: summary, avoiding: TakenIDs())
        var taken = TakenIDs()
        taken.insert(first)
        taken.insert(ArticleID("not-the-generator's-form"))
        let second = ArticleIDGenerator.make(for: summary, avoiding: taken)
        #expect(second != first)
        #expect(second.rawValue == String(ContentHash.of("world/harbor.txt\u{0}harbor\u{0}1".utf8).prefix(12)))
    }

    @Test func takenIdsAreTheGeneratorsOnly() {
        var taken = TakenIDs()
        for id in ["5beaec9fe000", "000000000001", "5BEAEC9FE000", "5beaec9fe00", "other"] { taken.insert(ArticleID(id)) }
        #expect(taken.contains("5beaec9fe000") && taken.contains("000000000001"))
        #expect(!taken.contains("5BEAEC9FE000") && !taken.contains("other") && !taken.contains("000000000002"),
                "an id of another form can never be generated, so it is not kept")
    }
}
