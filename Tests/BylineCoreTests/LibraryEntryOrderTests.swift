import BylineCore
import BylineTestSupport
import Testing

/// The list order: newest first, equal instants by identity path, the same however the
/// entries arrive.
@Suite struct LibraryEntryOrderTests {
    @Test func sortsNewestFirstWithTiesByPathWhateverTheInputOrder() {
        let entries = [
            Stories.entry("b", "B", section: "x", day: 3),
            Stories.entry("a", "A", section: "x", day: 3),
            Stories.entry("c", "C", section: "y", day: 5),
            Stories.entry("d", "D", section: "x", day: 1),
            Stories.entry("e", "E", section: "a", day: 3),
        ]
        let expected = ["c", "e", "a", "b", "d"]
        for _ in 0..<20 {
            let sorted = LibraryEntry.sortedNewestFirst(entries.shuffled())
            #expect(sorted.map(\.id.rawValue) == expected)
            #expect(LibraryEntry.isNewestFirst(sorted))
            #expect(sorted == entries.sorted(by: LibraryEntry.newestFirst))
        }
        #expect(!LibraryEntry.isNewestFirst(entries))
        #expect(LibraryEntry.isNewestFirst([]))
    }
}

extension LibraryEntryOrderTests {
    @Test func mergingTwoSortedHalvesGivesTheSortedWhole() {
        let all = (0..<200).map { Stories.entry("e\($0)", "E\($0)", section: "s\($0 % 3)", day: $0 % 17, hour: $0 % 5) }
        for _ in 0..<10 {
            let shuffled = all.shuffled()
            let split = Int.random(in: 0...shuffled.count)
            let (first, second) = (Array(shuffled[..<split]), Array(shuffled[split...]))
            let merged = LibraryEntry.merged(
                first, LibraryEntry.newestFirstOrder(first), second, LibraryEntry.newestFirstOrder(second))
            #expect(merged == LibraryEntry.sortedNewestFirst(all))
        }
    }
}
