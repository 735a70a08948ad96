import BylineCore

/// The text form of `byline stats`: blocks of aligned columns, section names sanitized.
enum StatsPrinter {
    /// Section names wider than this are cut, so one deep folder cannot push the counts off screen.
    static let sectionWidth = 40

    static func lines(_ stats: LibraryStats) -> [String] {
        var lines = table([
            ["articles", "\(stats.articles)"], ["unread", "\(stats.unread)"],
            ["starred", "\(stats.starred)"], ["skipped files", "\(stats.skipped)"],
        ])
        lines.append("")
        lines += table([["section", "articles", "unread"]] + stats.sections.map {
            [Output.sectionName($0.section), "\($0.articles)", "\($0.unread)"]
        })
        lines.append("")
        lines += table([["format", "articles"]] + stats.formats.map { [$0.format.rawValue, "\($0.articles)"] })
        lines.append("")
        lines += table([
            ["index cache", stats.index.cacheBytes.map(Output.byteCount) ?? "not on disk"],
            ["full-text index", stats.index.searchBytes.map { Output.byteCount($0) + " of it" }
                ?? "not built (byline search builds it)"],
        ], rightAligned: false)
        return lines
    }

    static func print(_ stats: LibraryStats) {
        for line in lines(stats) { Swift.print(line) }
    }

    /// The first column padded on the right, the others (counts) padded on the left unless
    /// not `rightAligned`, two spaces apart.
    private static func table(_ rows: [[String]], rightAligned: Bool = true) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in
            rows.map { column < $0.count ? $0[column].displayWidth : 0 }.max() ?? 0
        }
        let firstWidth = min(widths.first ?? 0, sectionWidth)
        return rows.map { row in
            row.enumerated().map { column, cell in
                if column == 0 { return TextWrapper.pad(cell, toWidth: firstWidth) }
                let gap = String(repeating: " ", count: max(0, widths[column] - cell.displayWidth))
                return rightAligned ? gap + cell : cell + (column == row.count - 1 ? "" : gap)
            }.joined(separator: "  ")
        }
    }
}
