import BylineCore

/// `L`, `o` and `y`: the article's links, opened in the browser or copied. Every link is
/// checked by `LinkPolicy` here, before an effect carries it out of Byline.
extension AppState {
    /// The article in the reading pane (opened or previewed), with its entry, once loaded.
    var shownArticle: (entry: LibraryEntry, article: Article)? {
        guard let reader, let article = reader.article, let entry = entry(reader.id) else { return nil }
        return (entry, article)
    }

    mutating func showLinks() -> [Effect] {
        guard let (_, article) = shownArticle else { return needAnArticle() }
        let rows = LinkRow.rows(for: article)
        guard !rows.isEmpty else {
            message = StatusMessage("This story has no links")
            return []
        }
        // The first body link is what a reader usually wants; the article's own is above it.
        var picker = LinkPicker(rows: rows)
        picker.list.selected = rows.first?.number == 0 && rows.count > 1 ? 1 : 0
        linkPicker = picker
        overlay = .links
        overlayTop = 0
        clampLinkPicker()
        return []
    }

    /// Rows of the link view on screen: the screen less the title, status and header lines.
    var linkPickerHeight: Int { max(1, size.height - 3) }

    mutating func clampLinkPicker() {
        guard let count = linkPicker?.rows.count else { return }
        let height = linkPickerHeight
        linkPicker?.list.clamp(count: count, height: height)
    }

    mutating func moveLinkSelection(by delta: Int) {
        guard let count = linkPicker?.rows.count else { return }
        let height = linkPickerHeight
        linkPicker?.typed = ""
        linkPicker?.list.move(by: delta, count: count, height: height)
    }

    /// A digit in the link view: the link with that number, opened at once unless a longer
    /// number could still be meant (with 12 links, "1" waits for a second digit or Enter).
    mutating func typeLinkDigit(_ digit: Int) -> [Effect] {
        guard var picker = linkPicker else { return [] }
        let typed = picker.typed + String(digit)
        guard let number = Int(typed), let row = picker.rows.firstIndex(where: { $0.number == number }) else {
            picker.typed = ""
            linkPicker = picker
            message = StatusMessage("No link [\(typed)]", isError: true)
            return []
        }
        picker.list.selected = row
        let highest = picker.rows.last?.number ?? 0
        let couldGoOn = number > 0 && number * 10 <= highest
        picker.typed = couldGoOn ? typed : ""
        linkPicker = picker
        clampLinkPicker()
        if couldGoOn {
            message = StatusMessage("[\(typed)]: another digit, or Enter to open")
            return []
        }
        return openSelectedLink()
    }

    mutating func openSelectedLink() -> [Effect] {
        guard let picker = linkPicker, picker.rows.indices.contains(picker.list.selected) else { return [] }
        let effects = open(link: picker.rows[picker.list.selected].url)
        if !effects.isEmpty { closeLinks() }
        return effects
    }

    mutating func copySelectedLink() -> [Effect] {
        guard let picker = linkPicker, picker.rows.indices.contains(picker.list.selected) else { return [] }
        return copy(link: picker.rows[picker.list.selected].url)
    }

    mutating func closeLinks() {
        overlay = nil
        linkPicker = nil
    }

    /// `o` while reading: the article's own link.
    mutating func openArticleLink() -> [Effect] {
        guard let (_, article) = shownArticle else { return needAnArticle() }
        guard let link = article.link else {
            message = StatusMessage(article.links.isEmpty ? "This story has no link of its own" : "This story has no link of its own; L lists the links in it")
            return []
        }
        return open(link: link)
    }

    /// `y`: the article's own link, or its only link, to the clipboard.
    mutating func copyArticleLink() -> [Effect] {
        guard let (_, article) = shownArticle else { return needAnArticle() }
        guard let link = article.link ?? (article.links.count == 1 ? article.links.first : nil) else {
            message = StatusMessage(article.links.isEmpty ? "This story has no link" : "This story has no link of its own; L, then y, copies one of its links")
            return []
        }
        return copy(link: link)
    }

    private mutating func open(link: String) -> [Effect] {
        switch check(link, opening: true) {
        case .success(let checked) where checked.scheme == "file":
            prompt = .openLocalFile(checked)
            return []
        case .success(let checked):
            message = StatusMessage("Opening \(Sanitizer.sanitize(checked.url))…")
            return [.openLink(checked)]
        case .failure(let refusal):
            message = StatusMessage("Not opened: \(refusal.reason)", isError: true)
            return []
        }
    }

    private mutating func copy(link: String) -> [Effect] {
        switch check(link, opening: false) {
        case .success(let checked):
            message = StatusMessage("Copied \(Sanitizer.sanitize(checked.url)) (where the terminal allows OSC 52)")
            return [.copyToClipboard(checked.url)]
        case .failure(let refusal):
            message = StatusMessage("Not copied: \(refusal.reason)", isError: true)
            return []
        }
    }

    private func check(_ link: String, opening: Bool) -> Result<CheckedLink, LinkRefusal> {
        let base = shownArticle.flatMap { LinkPolicy.base(for: $0.article, filePath: $0.entry.summary.file.systemPath) }
        return LinkPolicy.check(link, base: base, opening: opening)
    }

    mutating func needAnArticle() -> [Effect] {
        message = StatusMessage(reader?.failure != nil ? "This story could not be read" : reader == nil ? "Select a story first" : "The story is still loading")
        return []
    }
}
