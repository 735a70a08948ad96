import BylineUI
import CNcursesw

extension Terminal {
    /// Copies `screen` into curses and updates the terminal; curses sends only the cells that
    /// changed. Rows and columns beyond the terminal are clipped, and any area the screen does
    /// not cover is blank.
    public func draw(_ screen: Screen) {
        guard isActive else { return }
        let rows = Int(getmaxy(window))
        let columns = Int(getmaxx(window))
        werase(window)
        for y in 0..<min(rows, screen.size.height) {
            for run in RunSplitter.runs(inRow: y, of: screen, maxWidth: columns) {
                draw(run, row: y)
            }
        }
        wattr_set(window, cn_A_NORMAL(), 0, nil)
        wnoutrefresh(window)
        doupdate()
    }

    private func draw(_ run: StyledRun, row: Int) {
        let appearance = StyleMapper.appearance(for: run.style, palette: palette)
        wattr_set(window, appearance.attributes.cursesValue, appearance.colorPair, nil)
        var characters: [wchar_t] = []
        characters.reserveCapacity(run.glyphs.count)
        for glyph in run.glyphs {
            for scalar in GlyphEncoder.scalars(for: glyph, width: Self.cursesWidth) {
                characters.append(wchar_t(bitPattern: scalar.value))
            }
        }
        // At the bottom-right cell this returns ERR because the cursor cannot advance past the
        // end of a non-scrolling window; the character is stored all the same, and ncurses
        // itself deals with terminals that scroll when that cell is written.
        mvwaddnwstr(window, Int32(row), Int32(run.column), characters, Int32(characters.count))
    }

    /// The width curses will give a code point: the C library's, for the current locale.
    private static func cursesWidth(_ scalar: Unicode.Scalar) -> Int {
        Int(cn_wcwidth(wchar_t(bitPattern: scalar.value)))
    }
}
