extension StringProtocol {
    /// The text without leading and trailing Unicode whitespace.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }

    /// Runs of whitespace (folding leftovers, tabs, line breaks from decoded words) as one space,
    /// trimmed: what a one-line title or name needs.
    func collapsingWhitespace() -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// At most `limit` characters, for quoting input (a charset name, a media type) in a
    /// warning without letting a hostile header flood `byline check`.
    func clipped(to limit: Int = 40) -> String {
        count > limit ? String(prefix(limit)) + "…" : String(self)
    }
}
