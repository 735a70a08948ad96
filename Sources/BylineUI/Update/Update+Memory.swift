import BylineCore

/// Reading memory: where each story was left, and `'` back to the story before.
extension AppState {
    /// The open story and where its pane is now, as it would be kept.
    struct OpenPlace {
        var id: ArticleID
        /// Nil at the top or at the end: nothing worth returning to.
        var position: ReadingPosition?
    }

    var openPlace: OpenPlace? {
        guard let reader, reader.isOpen, reader.article != nil, !reader.document.lines.isEmpty else { return nil }
        // Not yet scrolled to the kept place: it is still the place.
        if let restore = reader.restore { return OpenPlace(id: reader.id, position: restore) }
        // The first line of text from the top: a blank line between blocks names no place.
        let lines = reader.document.lines
        guard reader.top > 0, reader.top < readerMaxTop,
              let text = lines.indices[reader.top...].first(where: { lines[$0].paragraph >= 0 && lines[$0].offset >= 0 }),
              let anchor = reader.document.anchor(at: text) else {
            return OpenPlace(id: reader.id, position: nil)
        }
        return OpenPlace(id: reader.id, position: ReadingPosition(paragraph: anchor.paragraph, offset: anchor.offset))
    }

    /// Records `place`, with an effect to store it when it changed.
    mutating func keep(_ place: OpenPlace) -> [Effect] {
        guard readingPositions[place.id] != place.position else { return [] }
        readingPositions[place.id] = place.position
        return [.saveReadingPosition(place.id, place.position)]
    }

    /// The kept place of a story being opened, to scroll to once it is laid out.
    mutating func restorePlace(of id: ArticleID) {
        guard let position = readingPositions[id] else { return }
        reader?.restore = position
    }

    /// After layout: scrolls to the kept place, once.
    mutating func applyRestore() {
        guard let position = reader?.restore, let document = reader?.document, !document.lines.isEmpty else { return }
        reader?.restore = nil
        scrollReader(to: document.line(for: (position.paragraph, position.offset)))
        message = StatusMessage("Back where you left off (g for the top)")
    }

    /// `'`: the story opened before this one; pressed again, back to this one.
    mutating func openPreviousStory() -> [Effect] {
        guard let previous = previouslyOpened, entry(previous) != nil else {
            message = StatusMessage("No story was opened before this one")
            return []
        }
        return open(previous)
    }
}
