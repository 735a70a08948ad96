import BylineCore
import BylineTestSupport
import BylineUI
import Testing

/// Golden screens: the interface rendered into the in-memory grid and compared as text, with
/// attribute checks where style carries meaning.
@Suite struct GoldenScreenTests {
    @Test func wideThreePaneLayoutAt120x40() {
        var state = TestLibrary.state(size: Size(width: 120, height: 40))
        state.apply(.open)
        let screen = render(state)
        expectScreen(screen, """
             Byline · news                                                                                                      All
             Sections               │ All — 5 stories, 2 unread
            >All                  2 │>   Nov 11 12:00 world         Harbor strike ends
             Unread               2 │ N  Nov 10 12:00 science       Coral reefs recover
             Starred                │    Nov  9 12:00 world         Ferry stuck in ice
             Today                  │ N  Nov  8 20:00 science/space Comet brightens
             science              2 │    Nov  7 12:00 tech          Terminal renaissance
               space              1 │
             tech                   │
             world                  │
                                    │
                                    │
                                    │
                                    │
                                    │
                                    │
                                    │ Article                                                                           1–14/14 All
                                    │ Harbor strike ends
                                    │ Wed 11 Nov 2026 12:00 · world · 300 words · 1 min read
                                    │
                                    │ P1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15
                                    │ word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28
                                    │ word29 word30 word31 word32 word33 word34 word35 word36 word37 word38 word39 word40
                                    │
                                    │ P2 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15
                                    │ word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28
                                    │ word29 word30 word31 word32 word33 word34 word35 word36 word37 word38 word39 word40
                                    │
                                    │ P3 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15
                                    │ word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28
                                    │ word29 word30 word31 word32 word33 word34 word35 word36 word37 word38 word39 word40
                                    │
                                    │
                                    │
                                    │
                                    │
                                    │
                                    │
                                    │
             news · 2 unread / 5 · 1/5            Space page · n next unread · J next · K prev · m mark · L links · ? help · q back
            """)
        // Unread stories are bold; the focused pane's header is reverse video.
        #expect(screen[3, 3].style.bold, "N of an unread story")
        #expect(!screen[30, 4].style.bold, "a read story")
        #expect(screen[26, 16].style.reverse, "the reader has focus")
        #expect(!screen[26, 1].style.reverse, "the story list does not")
        #expect(screen[0, 0].style.reverse && screen[0, 39].style.reverse, "title and status bars")
    }

    @Test func narrowLayoutShowsOnlyTheArticleAt60x20() {
        var state = TestLibrary.state(size: Size(width: 60, height: 20))
        state.apply(.moveDown, .open)
        expectScreen(render(state), """
             Byline · news                                          All
             Article                                        1–17/20 Top
             Coral reefs recover
             Tue 10 Nov 2026 12:00 · science · 300 words · 1 min read

             P1 word2 word3 word4 word5 word6 word7 word8 word9 word10
             word11 word12 word13 word14 word15 word16 word17 word18
             word19 word20 word21 word22 word23 word24 word25 word26
             word27 word28 word29 word30 word31 word32 word33 word34
             word35 word36 word37 word38 word39 word40

             P2 word2 word3 word4 word5 word6 word7 word8 word9 word10
             word11 word12 word13 word14 word15 word16 word17 word18
             word19 word20 word21 word22 word23 word24 word25 word26
             word27 word28 word29 word30 word31 word32 word33 word34
             word35 word36 word37 word38 word39 word40

             P3 word2 word3 word4 word5 word6 word7 word8 word9 word10
             word11 word12 word13 word14 word15 word16 word17 word18
             news · 2 unread / 5 · 2/5  Space page · n next unread · J…
            """)
    }

    @Test func narrowStoryListAt60x20() {
        let state = TestLibrary.state(size: Size(width: 60, height: 20))
        let screen = render(state)
        expectScreen(screen, """
             Byline · news                                          All
             All — 5 stories, 3 unread
             N  Nov 11 12:00 world         Harbor strike ends
             N  Nov 10 12:00 science       Coral reefs recover
                Nov  9 12:00 world         Ferry stuck in ice
             N  Nov  8 20:00 science/space Comet brightens
                Nov  7 12:00 tech          Terminal renaissance
            """ + String(repeating: "\n", count: 12) + """

             news · 3 unread / 5 · 1/5  Enter read · n next unread · m…
            """)
        #expect(screen[5, 2].style.reverse, "the selected story, in the focused list")
        #expect(!screen[5, 3].style.reverse)
    }

    @Test func starredStoriesShowAStarBesideTheUnreadMark() {
        var state = TestLibrary.state(size: Size(width: 60, height: 8))
        state.apply(.toggleStar, .moveDown, .moveDown, .toggleStar, .moveUp)
        let screen = render(state)
        expectScreen(screen, """
             Byline · news                                          All
             All — 5 stories, 3 unread
             N* Nov 11 12:00 world         Harbor strike ends
             N  Nov 10 12:00 science       Coral reefs recover
              * Nov  9 12:00 world         Ferry stuck in ice
             N  Nov  8 20:00 science/space Comet brightens
                Nov  7 12:00 tech          Terminal renaissance
             news · 3 unread / 5 · 2/5  Enter read · n next unread · m…
            """)
        #expect(screen[2, 2].style.role == .accent, "the star in its own colour")
    }

    @Test func theFilterBeingTypedOwnsTheStatusLineAndTheHeaderCountsMatches() {
        var state = TestLibrary.state(size: Size(width: 60, height: 8))
        state.apply(.startFilter, .filterType("H"), .filterType("a"))
        let screen = render(state)
        expectScreen(screen, """
             Byline · news                                          All
             All — 1 of 5 match /Ha
             N  Nov 11 12:00 world         Harbor strike ends




             /Ha_                    1 match · Enter keeps · Esc clears
            """)
        #expect(screen[1, 7].style.bold, "the query stands out")
        state.apply(.filterAccept)
        #expect(render(state).line(7) == " news · 3 unread / 5 · 1/1 · /Ha  Enter read · n next unre…")
    }

    @Test func tinyTerminalShowsWhatFitsAt20x5() {
        expectScreen(render(TestLibrary.state(size: Size(width: 20, height: 5))), """
             Byline · news  All
             All — 5 stories, 3…
             N  Nov 11 12:00 wor
             N  Nov 10 12:00 sci
             news · 3 unread / …
            """)
        for size in [Size(width: 1, height: 1), Size(width: 5, height: 2), Size(width: 20, height: 3), Size(width: 0, height: 0)] {
            var state = TestLibrary.state(size: size)
            state.apply(.open, .moveDown, .toggleHelp)
            _ = render(state)
        }
    }

    @Test func wideTitlesAreCutAtTheRightCell() {
        let state = TestLibrary.state(size: Size(width: 40, height: 6), entries: [
            Stories.entry("c1", "東京の喫茶店が復活 🎉 Tokyo coffee houses", section: "culture", day: 3),
            Stories.entry("c2", "Café “naïve” 👨‍👩‍👧 family", section: "culture", day: 2),
        ])
        let screen = render(state)
        expectScreen(screen, """
             Byline · news                      All
             All — 2 stories, 2 unread
             N  Nov  4 12:00 東京の喫茶店が復活 🎉…
             N  Nov  3 12:00 Café “naïve” 👨‍👩‍👧 family

             news · 2 unread / 2 · 1/2  Enter read…
            """)
        #expect(screen[17, 2].text == "東" && screen[18, 2].isContinuation)
        #expect(screen[38, 2].text == "…")
    }

    @Test func helpScreenIsDrawnFromTheKeymap() {
        var state = TestLibrary.state(size: Size(width: 60, height: 12))
        state.apply(.toggleHelp)
        expectScreen(render(state), """
             Byline · news                                          All
             Keys                                        any key closes
              j Down         next row, or scroll the article down
              k Up           previous row, or scroll the article up
              Space          page the article; at its end, next unread
              PgDn           page down
              b PgUp         page up
              g Home         first row, or top of the article
              G End          last row, or end of the article
              Enter l Right  open the story or section
              Esc h Left     back
             news · 3 unread / 5 · 1/5    j/k scroll · other keys close
            """)
        state.apply(.last)
        let text = render(state).text
        for binding in Keymap.standard.bindings.suffix(9) {
            // The start of each: a long one is cut at the page's edge.
            #expect(text.contains(binding.help.prefix(24)), "\(binding.help) is reachable by scrolling")
        }
    }

    @Test func anEmptyLibrarySaysHowToStart() {
        let state = TestLibrary.state(size: Size(width: 60, height: 10), entries: [])
        expectScreen(render(state), """
             Byline · news                                          All

                              No articles in news yet.

              Add articles as .txt files, one per file; folders become
                                     sections.
                           Press r to rescan, q to quit.


             news · 0 unread / 0                      r rescan · q quit
            """)
    }

    @Test func escapeSequencesInTitlesNeverReachTheScreen() {
        let state = TestLibrary.state(size: Size(width: 60, height: 6), entries: [
            Stories.entry("e1", "Evil\u{1B}[2J\u{1B}]0;pwned\u{07} title\u{9B}31m\u{202E}txt", section: "x", day: 1),
        ])
        let screen = render(state)
        #expect(screen.line(2) == " N  Nov  2 12:00 Evil titletxt")
        #expect(screen.cells.allSatisfy { cell in
            cell.text.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) && $0 != "\u{202E}" }
        })
    }
}
