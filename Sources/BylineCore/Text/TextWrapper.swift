/// Fits text into terminal cells: word-wrapping paragraphs and truncating or padding single
/// lines. Widths are display cells (see `DisplayWidth`); pass text through `Sanitizer` first,
/// since controls are measured as zero cells but a terminal would act on them.
public enum TextWrapper {
    /// Word-wraps one paragraph into lines of at most `width` cells. Breaks at whitespace
    /// (collapsed; dropped at line ends) and between CJK characters. A word wider than `width`
    /// starts on its own line and is split between grapheme clusters; a character wider than
    /// `width` itself (a 2-cell character when `width` is 1) is shown as "…".
    public static func wrap(_ paragraph: String, width: Int) -> [String] {
        guard width > 0 else {
            return []
        }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0

        for segment in LineBreakRules.segments(of: paragraph) {
            let gap = segment.followsSpace && !line.isEmpty ? 1 : 0
            if lineWidth + gap + segment.width <= width {
                if gap > 0 {
                    line.append(" ")
                }
                line += segment.text
                lineWidth += gap + segment.width
                continue
            }
            if !line.isEmpty {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if segment.width <= width {
                line = segment.text
                lineWidth = segment.width
                continue
            }
            for character in segment.text {
                var piece = String(character)
                var pieceWidth = DisplayWidth.of(character)
                if pieceWidth > width {
                    // Drawing it would overflow the column; the ellipsis at least marks the loss.
                    piece = "…"
                    pieceWidth = 1
                }
                if lineWidth + pieceWidth > width {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                line += piece
                lineWidth += pieceWidth
            }
        }
        if !line.isEmpty {
            lines.append(line)
        }
        return lines
    }

    /// `s` if it fits in `width` cells, otherwise its longest prefix that fits together with
    /// `ellipsis`. A wide character that would straddle the boundary is left out whole, so the
    /// result may be one cell narrower than `width`.
    public static func truncate(_ s: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else {
            return ""
        }
        // No grapheme cluster is wider than its UTF-8 byte count, so this skips measuring
        // strings that obviously fit, which is most of them.
        if s.utf8.count <= width {
            return s
        }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        if ellipsisWidth > width {
            return truncate(ellipsis, toWidth: width, ellipsis: "")
        }
        let budget = width - ellipsisWidth
        var used = 0
        var cut = s.startIndex
        var index = s.startIndex
        // One pass that stops at the first overflowing cluster, rather than measuring the whole
        // string first: a long body line only costs as much as the part that is shown.
        while index < s.endIndex {
            used += DisplayWidth.of(s[index])
            if used > width {
                return String(s[..<cut]) + ellipsis
            }
            index = s.index(after: index)
            if used <= budget {
                cut = index
            }
        }
        return s
    }

    /// `s` truncated to `width` cells and right-padded with spaces to exactly `width` cells,
    /// for drawing columns that must line up.
    public static func pad(_ s: String, toWidth width: Int) -> String {
        guard width > 0 else {
            return ""
        }
        let fitted = truncate(s, toWidth: width)
        let missing = width - DisplayWidth.of(fitted)
        return missing > 0 ? fitted + String(repeating: " ", count: missing) : fitted
    }
}
