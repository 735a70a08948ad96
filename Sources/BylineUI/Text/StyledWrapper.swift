import BylineCore

/// A piece of a laid-out line in one style.
public struct StyledSpan: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style) {
        self.text = text
        self.style = style
    }
}

/// Word-wraps text made of differently styled runs. The line breaking itself is
/// `TextWrapper`'s (display width, CJK, over-long words); the styles are laid back onto its
/// lines character by character, so emphasis survives wrapping.
enum StyledWrapper {
    static func wrap(_ runs: [StyledSpan], width: Int) -> [[StyledSpan]] {
        var characters: [Character] = []
        var styles: [Style] = []
        for run in runs {
            for character in Sanitizer.sanitize(run.text) {
                characters.append(character)
                styles.append(run.style)
            }
        }
        var cursor = 0
        return TextWrapper.wrap(String(characters), width: width).map { line in
            var spans: [StyledSpan] = []
            for character in line {
                // The wrapper collapses and drops whitespace: skip it in the source to stay aligned.
                var probe = cursor
                while probe < characters.count, characters[probe] != character, characters[probe].isWhitespace {
                    probe += 1
                }
                let style: Style
                if probe < characters.count, characters[probe] == character {
                    style = styles[probe]
                    cursor = probe + 1
                } else {
                    style = spans.last?.style ?? styles.first ?? .normal
                }
                if spans.last?.style == style {
                    spans[spans.count - 1].text.append(character)
                } else {
                    spans.append(StyledSpan(String(character), style))
                }
            }
            return spans
        }
    }

    /// Breaks a preformatted line into pieces of at most `width` cells, without reflowing it.
    static func hardBreak(_ line: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var pieces: [String] = []
        var current = ""
        var used = 0
        for original in Sanitizer.sanitize(line) {
            // A character wider than the whole line (CJK in one column) is shown as "…", as
            // `TextWrapper` shows it.
            let fits = DisplayWidth.of(original) <= width
            let character: Character = fits ? original : "…"
            let cells = fits ? DisplayWidth.of(original) : 1
            if used + cells > width, !current.isEmpty {
                pieces.append(current)
                current = ""
                used = 0
            }
            current.append(character)
            used += cells
        }
        pieces.append(current)
        return pieces
    }
}
