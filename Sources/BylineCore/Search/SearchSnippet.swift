/// The line a search result shows under its title: the body around the first place a term
/// occurs, or the body's start when only the title matched. Made from the article as parsed,
/// because the index keeps no text (see `SearchIndex`).
public enum SearchSnippet {
    /// About this many characters: more than any story list row shows, which cuts it to fit.
    public static let length = 160
    /// Characters kept before the match, so it reads in context.
    static let lead = 30

    public static func make(paragraphs: [String], needles: [MatchNeedle]) -> String {
        let lines = paragraphs.map(flattened).filter { !$0.isEmpty }
        for line in lines {
            guard let match = MatchFinder.ranges(of: needles, in: line).first else { continue }
            let characters = Array(line)
            var start = max(0, match.lowerBound - lead)
            // Start at a word, unless that loses the match's lead altogether.
            if start > 0, let space = characters[start..<match.lowerBound].firstIndex(of: " ") {
                start = space + 1
            }
            let end = min(characters.count, start + length)
            return (start > 0 ? "…" : "") + String(characters[start..<end])
        }
        return lines.first.map { String($0.prefix(length)) } ?? ""
    }

    /// One line of safe text: whitespace runs become one space.
    private static func flattened(_ paragraph: String) -> String {
        Sanitizer.sanitize(paragraph).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
