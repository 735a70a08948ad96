import BylineBenchKit
import BylineUI

/// The keystroke rows: each key pressed `repetitions` times from where a reader would press it,
/// each press timed from the key to its frame. Keys that only set up the next measurement are
/// pressed untimed, and the state is checked so a changed keymap cannot silently measure
/// something else.
struct KeystrokeRun {
    struct UnexpectedState: Error, CustomStringConvertible {
        var description: String
    }

    let repetitions: Int
    private var results: [KeyScenario: Samples] = [:]

    init(repetitions: Int) {
        self.repetitions = repetitions
    }

    /// Starts where the first frame leaves the reader: the story list under All, focused.
    mutating func run(_ session: inout BenchSession) throws -> [KeyScenario: Samples] {
        try expect(session.state.focus == .stories && session.state.sectionList.selected == 0, "story list under All")

        // Down the full list and back up: every move previews the story (reads and lays it out).
        for _ in 0..<repetitions { press("j", as: .moveDown, &session) }
        for _ in 0..<repetitions { press("k", as: .moveUp, &session) }
        // The same story read, unread, read: one store write each.
        for _ in 0..<repetitions { press("m", as: .toggleRead, &session) }

        // A new story each time: move (untimed), open it (marks it read), go back to the list.
        for _ in 0..<repetitions {
            press("j", as: nil, &session)
            press(.enter, as: .open, &session)
            try expect(session.state.focus == .reader, "Enter opens the story")
            press(.escape, as: .back, &session)
            try expect(session.state.focus == .stories, "Esc returns to the list")
        }

        for _ in 0..<repetitions { press("n", as: .nextUnread, &session) }
        // In a library already read through (a kept state file), n opens nothing.
        if session.state.focus == .reader { press(.escape, as: nil, &session) }
        try expect(session.state.focus == .stories, "Esc returns to the list")

        // An even number of presses, so the list ends as it started: everything under All.
        for _ in 0..<(repetitions + repetitions % 2) { press("u", as: .toggleUnreadOnly, &session) }

        // The filter typed and erased a key at a time over the whole list; `/` itself (which
        // folds every title once) and Esc untimed.
        // `/` itself folds every title; Esc lets them go, so each `/` here does it again.
        for _ in 0..<max(2, repetitions / 10) {
            press("/", as: .startFilter, &session)
            press(.escape, as: nil, &session)
        }
        press("/", as: nil, &session)
        try expect(session.state.filter?.isEditing == true, "/ starts the filter")
        let query = Array("harbor")
        for press in 0..<repetitions {
            let cycle = press % (2 * query.count)
            if cycle < query.count {
                self.press(query[cycle], as: .filterKey, &session)
            } else {
                self.press(.backspace, as: .filterKey, &session)
            }
        }
        press(.escape, as: nil, &session)
        try expect(session.state.filter == nil, "Esc clears the filter")

        // Whole cycles of the four orders, so the list ends newest first again.
        for _ in 0..<(repetitions / 4 * 4) { press("o", as: .cycleSort, &session) }
        try expect(session.state.sortOrder == .newestFirst, "four o's come back to newest first")

        press(.escape, as: nil, &session)
        try expect(session.state.focus == .sections, "Esc from the list focuses the sections")
        for _ in 0..<repetitions {
            press("j", as: .allToSection, &session)
            // Unread, the first section under All: every unread story, the longest list to rebuild.
            try expect(session.state.currentSection.kind == .unread, "j selects Unread")
            press("k", as: .sectionToAll, &session)
            try expect(session.state.sectionList.selected == 0, "k selects All again")
        }
        press(.enter, as: nil, &session)
        try expect(session.state.focus == .stories, "Enter on All focuses its stories")
        return results
    }

    private mutating func press(_ character: Character, as scenario: KeyScenario?, _ session: inout BenchSession) {
        press(.character(character), as: scenario, &session)
    }

    private mutating func press(_ key: Key, as scenario: KeyScenario?, _ session: inout BenchSession) {
        let ((), milliseconds) = Timing.milliseconds { session.press(key) }
        if let scenario { results[scenario, default: Samples()].append(milliseconds) }
    }

    private func expect(_ condition: Bool, _ what: String) throws {
        guard condition else { throw UnexpectedState(description: "the benchmark expected: \(what)") }
    }
}
