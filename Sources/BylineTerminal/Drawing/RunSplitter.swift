import BylineUI

/// Splits a row of a `Screen` into styled runs. Pure, so wide-character handling is tested
/// without a terminal.
enum RunSplitter {
    /// The runs of row `y`, covering columns `0..<min(screen width, maxWidth)` without gaps.
    /// A cell followed by a continuation is one glyph of width 2, in the first cell's style.
    /// When a view overwrote half of a wide character, a continuation without a character
    /// before it becomes a space and a character that lost its continuation gets one cell;
    /// a wide character cut off by `maxWidth` is left out. Either way the columns that follow
    /// never shift.
    static func runs(inRow y: Int, of screen: Screen, maxWidth: Int? = nil) -> [StyledRun] {
        guard y >= 0, y < screen.size.height else { return [] }
        let limit = min(screen.size.width, maxWidth ?? screen.size.width)
        var runs: [StyledRun] = []
        var x = 0
        while x < limit {
            let cell = screen[x, y]
            let glyph: Glyph
            if cell.isContinuation {
                glyph = Glyph(text: " ", width: 1)
            } else if x + 1 < screen.size.width, screen[x + 1, y].isContinuation {
                guard x + 1 < limit else { break }
                glyph = Glyph(text: cell.text, width: 2)
            } else {
                glyph = Glyph(text: cell.text, width: 1)
            }
            if let last = runs.last, last.style == cell.style {
                runs[runs.count - 1].glyphs.append(glyph)
            } else {
                runs.append(StyledRun(column: x, style: cell.style, glyphs: [glyph]))
            }
            x += glyph.width
        }
        return runs
    }
}
