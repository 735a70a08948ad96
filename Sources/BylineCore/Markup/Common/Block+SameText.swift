extension Block {
    /// True for a heading that repeats `title` (a page's story header, a Markdown file's first
    /// heading matching its front matter), so the reader does not show the headline twice.
    func isHeading(repeating title: String) -> Bool {
        guard case .heading(_, let runs) = self else { return false }
        return HTMLText.collapsed(runs.plainText).lowercased() == HTMLText.collapsed(title).lowercased()
    }
}
