import BylineCore
import BylineTestSupport
import BylineUI
import Foundation
import Testing

/// A small library for interface tests:
///   world: w1 (Nov 11, unread), w2 (Nov 9, read)
///   science: s1 (Nov 10, unread);  science/space: sp1 (Nov 8, unread)
///   tech: t1 (Nov 7, read)
enum TestLibrary {
    static let entries = [
        Stories.entry("w1", "Harbor strike ends", section: "world", day: 10),
        Stories.entry("w2", "Ferry stuck in ice", section: "world", day: 8, read: true),
        Stories.entry("s1", "Coral reefs recover", section: "science", day: 9),
        Stories.entry("sp1", "Comet brightens", section: "science/space", day: 7, hour: 20, utcOffsetHours: -8),
        Stories.entry("t1", "Terminal renaissance", section: "tech", day: 6, read: true),
    ]

    /// w1's body in the match tests: the harbor named in its first and last paragraphs, a
    /// dozen lines apart.
    static let harborArticle = Article(
        title: "Harbor strike ends", date: nil, format: .text,
        paragraphs: ["The harbor reopened."] + Array(repeating: "Nothing to see in this paragraph at all.", count: 12)
            + ["Back at the HARBOR, boats."])

    /// `state`, with the full-text index caught up with the library, as after its first fill.
    static func searchable(size: Size = Size(width: 120, height: 40), entries: [LibraryEntry] = entries) -> AppState {
        var state = state(size: size, entries: entries)
        _ = update(&state, .searchIndexProgress(done: entries.count, total: entries.count))
        return state
    }

    static func state(size: Size = Size(width: 120, height: 40), entries: [LibraryEntry] = entries) -> AppState {
        var state = AppState(libraryName: "news", size: size, dates: DateDisplay(timeZone: .gmt))
        _ = update(&state, .libraryLoaded(LibraryContents(entries: entries, skipped: [])))
        return state
    }
}

extension AppState {
    /// Runs actions in order, collecting their effects; article loads are answered at once with
    /// a made-up body so the reader behaves as in the program.
    @discardableResult
    mutating func apply(_ actions: Action..., paragraphs: Int = 3) -> [Effect] {
        var effects: [Effect] = []
        for action in actions {
            var pending = [action]
            while !pending.isEmpty {
                let next = pending.removeFirst()
                for effect in update(&self, next) {
                    effects.append(effect)
                    if case .loadArticle(let id, _) = effect {
                        let title = entry(id)?.summary.title ?? "?"
                        pending.append(.articleLoaded(id, .success(Stories.article(title, paragraphs: paragraphs))))
                    }
                }
            }
        }
        return effects
    }

    var selectedID: String? { selectedEntry?.id.rawValue }
    var readerID: String? { reader?.id.rawValue }
    func isRead(_ id: String) -> Bool { entry(ArticleID(id))?.isRead ?? false }
    var sectionName: String { currentSection.name }
}

/// Records the differences between a rendered screen and the expected text, if any.
func expectScreen(_ screen: Screen, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    if let difference = screenDifference(screen, expected) {
        Issue.record(Comment(rawValue: difference), sourceLocation: sourceLocation)
    }
}
