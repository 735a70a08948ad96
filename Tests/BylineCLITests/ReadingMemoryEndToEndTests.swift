import BylineTestSupport
import Foundation
import Testing

/// A long story left partway is reopened where it was left, after a restart.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct ReadingMemoryEndToEndTests {
    @Test func aStoryLeftPartwayReopensThereAfterARestart() throws {
        let library = try TemporaryLibrary()
        let state = library.sibling("state.sqlite")
        let paragraphs = (1...60).map { "Paragraph number \($0) of the long report, with a few words after it." }
        try library.write("long.txt", "A long report\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\n"
            + paragraphs.joined(separator: "\n\n") + "\n")
        try library.write("short.txt", "A short note\n\nPosted June 2nd, 2011 at 4:10 pm (UTC-5)\n\nJust this.\n")
        let binary = ProcessRunner.executable("byline").path
        func start() throws -> TmuxSession {
            try TmuxSession(command: [binary, library.path, "--state", state], environment: ["TZ": "UTC", "XDG_CONFIG_HOME": library.sibling("none")])
        }

        let first = try start()
        try first.waitFor("A long report")
        try first.sendKeys("Enter")
        try first.waitFor("1–22/122 Top")
        // Two pages down, one at a time: the header says where, as less does ("41–62/122 50%").
        try first.sendKeys("Space")
        try first.waitFor("21–42/122")
        try first.sendKeys("Space")
        let scrolled = try first.waitFor("41–62/122")
        let topLine = try #require(scrolled.split(separator: "\n").first { $0.contains("Paragraph number") })
        let topNumber = try #require(topLine.firstMatch(of: /Paragraph number (\d+)/)?.output.1)
        try first.sendKeys("Q")
        #expect(try first.waitForExit() == 0)

        let second = try start()
        let list = try second.waitFor("A long report")
        #expect(list.contains(/\ %  .* A long report/), "the list marks the story left partway")
        try second.sendKeys("Enter")
        let reopened = try second.waitFor("Back where you left off")
        let again = try #require(reopened.split(separator: "\n").first { $0.contains("Paragraph number") })
        #expect(again.firstMatch(of: /Paragraph number (\d+)/)?.output.1 == topNumber, "\(reopened)")
        // ' goes to the story before; g and G finish it, and the mark goes.
        try second.sendKeys("J")
        try second.waitFor("Just this.")
        try second.sendKeys("'")
        try second.waitFor("Back where you left off")
        try second.sendKeys("G", "Q")
        #expect(try second.waitForExit() == 0)
        let third = try start()
        let finished = try third.waitFor("A long report")
        #expect(!finished.contains(/\ %  .* A long report/), "read to the end, it keeps no place")
        try third.sendKeys("Q")
        _ = try third.waitForExit()
    }
}
