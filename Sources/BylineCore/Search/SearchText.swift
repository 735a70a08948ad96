/// Text as the full-text index is given it: as written, except that runs of CJK characters
/// become their overlapping pairs followed by their last character ("東京都" is "東京 京都 都"),
/// so that a single character is found as the start of a pair or as a run's end (see
/// `SearchQuery`).
public enum SearchText {
    public static func indexed(_ text: String) -> String {
        guard CJKRuns.contains(in: text) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count * 2)
        for piece in CJKRuns.pieces(of: text) {
            switch piece {
            case .other(let scalars):
                result.unicodeScalars.append(contentsOf: scalars)
            case .cjk(let run):
                var tokens = CJKRuns.bigrams(run)
                if run.count > 1, let last = run.last { tokens.append(String(last)) }
                result += " " + tokens.joined(separator: " ") + " "
            }
        }
        return result
    }
}
