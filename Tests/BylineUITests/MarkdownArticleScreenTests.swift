import BylineCore
import BylineTestSupport
import BylineUI
import Foundation
import Testing

/// The sample library's Markdown article, read by the real loader and drawn in the reading
/// pane: list markers with hanging indents, nested quotes, verbatim code, numbered links.
@Suite struct MarkdownArticleScreenTests {
    static let path = "culture/harrow-falls-winter-fair.md"

    func openedState(size: Size) throws -> AppState {
        let scanner = try LibraryScanner(root: Fixtures.url("news").path)
        let file = try #require(scanner.scan().files.first { $0.path == Self.path })
        let loaded = try ArticleLoader.load(file).get()
        let item = try #require(loaded.items.first)
        let entry = LibraryEntry(id: ArticleID("md"), summary: item.summary, isRead: false)
        var state = AppState(libraryName: "news", size: size, dates: DateDisplay(timeZone: .gmt))
        _ = update(&state, .libraryLoaded(LibraryContents(entries: [entry], skipped: [])))
        _ = update(&state, .open)
        _ = update(&state, .articleLoaded(entry.id, .success(item.article)))
        return state
    }

    @Test func headingsAndNestedListsAtTheTop() throws {
        let state = try openedState(size: Size(width: 72, height: 24))
        if let difference = screenDifference(render(state), """
             Byline · news                                                      All
             Article                                                    1–21/48 Top
             Harrow Falls Winter Fair: What to See, Eat and Skip
             by Priya Raman · Sat 28 Nov 2026 15:15 (10:15 UTC-05:00 there) ·
             culture · 240 words · 1 min read
             Link: https://harrowfalls.example/news/winter-fair-guide

             The winter fair returns to the old rail yard this weekend, with eighty
             stalls, a skating rink and — for the first time — a night market that
             runs until eleven. We walked the grounds on Friday while the last
             stalls went up; here is what is worth your evening.

             Don't miss

             • The letterpress tent, where the Dunmore printers set your name in
               wood type while you wait.
             • Maple taffy poured on snow, if the snow holds. The organizers have a
               backup plan: crushed ice from the rink, which regulars say "tastes
               exactly the same".
             • The lantern walk at 6 pm, from the station to the river:
               1. Collect a lantern at the ticket booth (free, returned at the
                  end).
               2. Follow the brass band down Mill Road.
             news · 0 unread / 1 · 1/1  Space page · n next unread · J next · K pr…
            """) {
            Issue.record(Comment(rawValue: difference))
        }
    }

    @Test func quotesCodeAndNumberedLinksAtTheEnd() throws {
        var state = try openedState(size: Size(width: 72, height: 24))
        _ = update(&state, .last)
        if let difference = screenDifference(render(state), """
             Byline · news                                                      All
             Article                                                   28–48/48 Bot

             │ "We wanted a fair people could walk to, not drive to," said Aurélie
             │ Moreau, who chairs the organizing committee. "The rink was the hard
             │ part."

             │ │ The rink, for the record, took nine days to freeze.

             Tickets and the full programme are on the fair's website [1], and the
             shuttle timetable is on the transit page [2]. Gate prices, in case you
             are wondering:

               Adults          $12
               Under 16         $5
               Lantern walk   free

             Last year's fair drew 14,000 visitors over three days, according to
             the town's own count [1].

             Links
             [1] https://harrowfalls.example/fair
             [2] https://transit.harrowfalls.example/shuttle
             news · 0 unread / 1 · 1/1  Space page · n next unread · J next · K pr…
            """) {
            Issue.record(Comment(rawValue: difference))
        }
    }

    /// Bold and emphasis in the Markdown reach the screen as attributes, not as asterisks.
    @Test func emphasisIsDrawnAsAttributes() throws {
        let state = try openedState(size: Size(width: 72, height: 24))
        let screen = render(state)
        let rows = (0..<screen.size.height).map { y in (0..<screen.size.width).map { screen[$0, y] } }
        let row = try #require(rows.first { $0.map(\.text).joined().contains("old rail yard") })
        let text = row.map(\.text).joined()
        // Columns count cells; every cell before the phrase is one ASCII character here.
        let column = text.distance(from: text.startIndex, to: try #require(text.firstRange(of: "old rail yard")).lowerBound)
        #expect(row[column].style.bold)
        #expect(!row[column - 2].style.bold, "the word before is plain")
        #expect(!text.contains("**"))
    }
}
