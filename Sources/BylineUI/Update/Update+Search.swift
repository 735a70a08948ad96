import BylineCore

/// `S` (or `\`): a full-text search of the whole library, typed on the status line. Its results
/// become the section "Search: <query>", best first, after the other virtual sections.
extension AppState {
    mutating func startSearch() -> [Effect] {
        searchEntry = ""
        searchHistoryPosition = searchHistory.count
        return []
    }

    /// Up / Down: an earlier (later) query of this session in place of what is typed, as a
    /// shell's history does; past the latest, an empty line.
    mutating func recallSearch(older: Bool) -> [Effect] {
        let position = searchHistoryPosition + (older ? -1 : 1)
        guard position >= 0, position <= searchHistory.count else { return [] }
        searchHistoryPosition = position
        searchEntry = position < searchHistory.count ? searchHistory[position] : ""
        return []
    }

    mutating func typeInSearch(_ character: Character) -> [Effect] {
        searchEntry?.append(character)
        return []
    }

    mutating func eraseInSearch() -> [Effect] {
        if searchEntry?.isEmpty == false { searchEntry?.removeLast() }
        return []
    }

    mutating func cancelSearch() -> [Effect] {
        searchEntry = nil
        return []
    }

    /// Enter: the query goes to the index. An empty one closes the results' section.
    mutating func submitSearch() -> [Effect] {
        guard let text = searchEntry else { return [] }
        searchEntry = nil
        let query = SearchQuery(text)
        guard query.isSearchable else {
            if text.allSatisfy(\.isWhitespace), searchResults != nil { return closeSearch() }
            message = StatusMessage(text.allSatisfy(\.isWhitespace)
                ? "Search: type words, \"a phrase\", word* or -word" : "Nothing to search for in \"\(Sanitizer.sanitize(text))\"")
            return []
        }
        message = StatusMessage("Searching…")
        searchHistory.removeAll { $0 == text }
        searchHistory.append(text)
        return [.search(text)]
    }

    mutating func searchFinished(_ outcome: SearchOutcome) -> [Effect] {
        if let failure = outcome.failure {
            message = StatusMessage("Search failed: \(failure)", isError: true)
            return []
        }
        let results = SearchResultList(outcome: outcome)
        searchResults = results
        sections.removeAll(where: \.isSearch)
        let row = Section.virtual.count
        sections.insert(.search(results.query), at: row)
        sectionList.selected = row
        storyList = ListState()
        focus = .stories
        refreshVisible(keeping: nil)
        let found = visible.count
        var text = "\(found) best of \(results.totalText) matching"
        if found == results.total, results.isTotalExact { text = "\(found) stor\(found == 1 ? "y matches" : "ies match")" }
        if found == 0 { text = "No stories match" }
        if results.unindexed > 0 {
            text += " (\(ScanProgress.grouped(results.unindexed)) not indexed yet)"
        } else if !searchIndexCaughtUp {
            // Before the first scan's stories reach the index cache, none are counted as waiting.
            text += " (the search index is still being built)"
        }
        message = StatusMessage(text)
        return previewSelection()
    }

    /// The results' section goes; from it, the list returns to All.
    mutating func closeSearch() -> [Effect] {
        let kept = currentSection
        searchResults = nil
        sections.removeAll(where: \.isSearch)
        sectionList.selected = sections.firstIndex(of: kept) ?? 0
        if kept.isSearch { storyList = ListState() }
        refreshVisible(keeping: nil)
        return previewSelection()
    }

    /// The snippets the results' list shows now or a page further on and does not have:
    /// asked for as the list scrolls, so a search cuts only its first screens' at once.
    mutating func snippetsInView() -> [Effect] {
        guard currentSection.isSearch, let results = searchResults else { return [] }
        let rows = storyList.offset..<min(visible.count, storyList.offset + 2 * storiesInView)
        let wanted = rows.map { entries[visible[$0]] }.filter { !results.snippetsAsked.contains($0.id) }
        guard !wanted.isEmpty else { return [] }
        searchResults?.snippetsAsked.formUnion(wanted.map(\.id))
        return [.loadSnippets(wanted.map(\.summary), ids: wanted.map(\.id), query: results.query)]
    }

    /// The words the reading pane marks and `f`/`F` look for: a kept filter's, and in the
    /// search's section the query's.
    var highlightNeedles: [MatchNeedle] {
        var needles: [MatchNeedle] = []
        if let needle = filter?.needle, !needle.isEmpty { needles.append(.literal(needle)) }
        if currentSection.isSearch, let searchResults { needles += searchResults.needles }
        return needles
    }
}
