import BylineUI
import Testing

@testable import BylineTerminal

@Suite struct RunSplitterTests {
    private let bold = Style(.accent, bold: true)
    private let bar = Style(.statusBar, reverse: true)

    @Test func aPlainRowIsOneRunCoveringTheWholeWidth() {
        var screen = Screen(size: Size(width: 8, height: 1))
        screen.put("hello", x: 0, y: 0)
        let runs = RunSplitter.runs(inRow: 0, of: screen)
        #expect(runs.count == 1)
        #expect(runs[0].column == 0)
        #expect(runs[0].text == "hello   ")
        #expect(runs[0].width == 8)
    }

    @Test func aStyleChangeStartsANewRunAtItsColumn() {
        var screen = Screen(size: Size(width: 10, height: 1))
        screen.put("ab", x: 0, y: 0)
        screen.put("CD", x: 2, y: 0, style: bold)
        screen.fill(Rect(x: 6, y: 0, width: 4, height: 1), style: bar)
        let runs = RunSplitter.runs(inRow: 0, of: screen)
        #expect(runs.map(\.column) == [0, 2, 4, 6])
        #expect(runs.map(\.text) == ["ab", "CD", "  ", "    "])
        #expect(runs.map(\.style) == [.normal, bold, .normal, bar])
    }

    @Test func aWideCharacterIsOneGlyphOfWidthTwo() {
        var screen = Screen(size: Size(width: 6, height: 1))
        screen.put("a中b", x: 0, y: 0)
        let runs = RunSplitter.runs(inRow: 0, of: screen)
        #expect(runs.count == 1)
        #expect(runs[0].glyphs == [
            Glyph(text: "a", width: 1), Glyph(text: "中", width: 2), Glyph(text: "b", width: 1),
            Glyph(text: " ", width: 1), Glyph(text: " ", width: 1),
        ])
    }

    @Test func aWideCharacterInItsOwnStyleKeepsTheNextRunsColumn() {
        var screen = Screen(size: Size(width: 6, height: 1))
        screen.put("x", x: 0, y: 0)
        screen.put("日", x: 1, y: 0, style: bold)
        screen.put("y", x: 3, y: 0)
        let runs = RunSplitter.runs(inRow: 0, of: screen)
        #expect(runs.map(\.column) == [0, 1, 3])
        #expect(runs.map(\.text) == ["x", "日", "y  "])
        #expect(runs.map(\.width) == [1, 2, 3])
    }

    @Test func halfOverwrittenWideCharactersNeverShiftTheColumnsAfterThem() {
        var screen = Screen(size: Size(width: 6, height: 1))
        screen.put("中中", x: 0, y: 0)
        screen.put("日", x: 1, y: 0)
        let glyphs = RunSplitter.runs(inRow: 0, of: screen).flatMap(\.glyphs)
        // The screen blanked the halves 日 cut off: both 中 are gone, every column stays put.
        #expect(glyphs.map(\.text) == [" ", "日", " ", " ", " "])
        #expect(glyphs.map(\.width) == [1, 2, 1, 1, 1])
    }

    @Test func aNarrowCharacterWrittenOverAWideOnesFirstHalfLeavesABlankAfterIt() {
        var screen = Screen(size: Size(width: 4, height: 1))
        screen.put("中", x: 0, y: 0)
        screen.put("a", x: 0, y: 0)
        let glyphs = RunSplitter.runs(inRow: 0, of: screen).flatMap(\.glyphs)
        #expect(glyphs == [Glyph(text: "a", width: 1), Glyph(text: " ", width: 1), Glyph(text: " ", width: 1), Glyph(text: " ", width: 1)])
    }

    @Test func clippingNeverSplitsAWideCharacter() {
        var screen = Screen(size: Size(width: 6, height: 1))
        screen.put("ab中", x: 0, y: 0)
        #expect(RunSplitter.runs(inRow: 0, of: screen, maxWidth: 3).map(\.text) == ["ab"])
        #expect(RunSplitter.runs(inRow: 0, of: screen, maxWidth: 4).map(\.text) == ["ab中"])
    }

    @Test func aWideCharacterInTheLastColumnsIsKept() {
        var screen = Screen(size: Size(width: 4, height: 1))
        screen.put("ab中", x: 0, y: 0)
        let glyphs = RunSplitter.runs(inRow: 0, of: screen).flatMap(\.glyphs)
        #expect(glyphs.last == Glyph(text: "中", width: 2))
    }

    @Test func rowsOutsideTheScreenHaveNoRuns() {
        let screen = Screen(size: Size(width: 4, height: 2))
        #expect(RunSplitter.runs(inRow: 2, of: screen).isEmpty)
        #expect(RunSplitter.runs(inRow: -1, of: screen).isEmpty)
    }
}
