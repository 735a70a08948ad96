import BylineTestSupport
import Foundation
import Testing

/// A running Byline and a folder that changes under it, in a real terminal.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct LiveLibraryEndToEndTests {
    let library: TemporaryLibrary
    let state: String

    init() throws {
        library = try TemporaryLibrary(copying: "news")
        state = library.sibling("state.sqlite")
    }

    func start() throws -> TmuxSession {
        try TmuxSession(
            command: [ProcessRunner.executable("byline").path, library.path, "--state", state],
            width: 120, height: 40, environment: ["TZ": "UTC"])
    }

    static func article(_ title: String, day: Int = 30) -> String {
        "\(title)\n\nPosted November \(day)th, 2026 at 11:00 pm (UTC)\n\nA paragraph about \(title).\n"
    }

    @Test func aNewFileAppearsWithoutAKeyPressAndAGoneOneLeaves() throws {
        let tmux = try start()
        let before = try tmux.waitFor("Sections")
        let count = try #require(before.firstMatch(of: /All — (\d+) stories/)).1
        let total = try #require(Int(count))

        let written = ContinuousClock.now
        try library.write("world/late-breaking.txt", Self.article("Late Breaking Harbor Fire Contained"))
        let after = try tmux.waitFor("Late Breaking Harbor Fire Contained", timeout: 10)
        let seconds = (ContinuousClock.now - written) / .seconds(1)
        #expect(seconds < 2.5, "shown \(seconds) s after the file was written")
        #expect(after.contains("All — \(total + 1) stories"))
        #expect(after.contains("1 new story"))

        try library.remove("world/late-breaking.txt")
        let gone = try tmux.waitUntil { !$0.contains("Late Breaking") }
        #expect(gone.contains("All — \(total) stories"))
    }

    @Test func aNewSectionFolderIsWatchedToo() throws {
        let tmux = try start()
        try tmux.waitFor("Sections")
        try FileManager.default.createDirectory(
            at: library.url.appendingPathComponent("sport"), withIntermediateDirectories: false)
        // Give the watcher's rescan of the new empty folder time to finish before writing in it.
        Thread.sleep(forTimeInterval: 1.5)
        try library.write("sport/regatta.txt", Self.article("Regatta Sails Despite the Fog"))
        let screen = try tmux.waitFor("Regatta Sails Despite the Fog", timeout: 10)
        #expect(screen.contains(" sport "))
    }

    @Test func keysWorkWhileAColdIndexIsBuilt() throws {
        // Enough files that a first scan of them takes a visible while in a debug build.
        let body = String(repeating: "Words of a long article body that goes on. ", count: 150)
        for number in 0..<4_000 {
            try library.write(
                "bulk/part\(number % 10)/story-\(number).txt",
                "Bulk story \(number)\n\nPosted November 1st, 2026 at 9:00 am (UTC)\n\n\(body)\n")
        }
        let tmux = try start()
        let scanning = try tmux.waitFor("scanning", timeout: 20)
        #expect(scanning.contains("Loading") || scanning.contains("Sections"))
        try tmux.sendKeys("?")
        let help = try tmux.waitFor("Keys")
        #expect(help.contains("scanning"), "help opened while the scan was still running")
        try tmux.sendKeys("?")
        let loaded = try tmux.waitUntil(timeout: 60) { $0.contains("All — ") && !$0.contains("scanning") }
        #expect(loaded.contains("bulk"))
        try tmux.sendKeys("Q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func aMarkMadeByTheCommandLineShowsAfterR() throws {
        let tmux = try start()
        let before = try tmux.waitFor("Sections")
        let match = try #require(before.firstMatch(of: /All — (\d+) stories/))
        let total = try #require(Int(match.1))
        // Let the start's background check finish, so the next scan finds nothing changed.
        try tmux.waitUntil { !$0.contains("scanning") }
        let marked = try ProcessRunner.run(
            ProcessRunner.executable("byline"), ["mark", library.path, "--all", "--section", "world", "--read", "--state", state])
        #expect(marked.status == 0, "\(marked.stderr)")
        try tmux.sendKeys("r")
        let after = try tmux.waitFor("All — \(total) stories, \(total - 5) unread")
        #expect(after.contains("\(total) stories, \(total - 5) unread"), "r announces the new counts")
    }

    /// Two processes on one state file: the command line marks while the interface runs, and
    /// the interface shows it within a couple of seconds, without a key; the interface's own
    /// marks meanwhile are the command line's to see.
    @Test func marksFromAnotherProcessShowWithoutAKey() throws {
        let tmux = try start()
        let before = try tmux.waitFor("Sections")
        let match = try #require(before.firstMatch(of: /All — (\d+) stories/))
        let total = try #require(Int(match.1))
        // The start's scan over, so only the state file's change can bring the marks in.
        try tmux.waitUntil { !$0.contains("scanning") }
        Thread.sleep(forTimeInterval: 0.5)
        let marked = try ProcessRunner.run(
            ProcessRunner.executable("byline"), ["mark", library.path, "--all", "--section", "world", "--read", "--state", state])
        #expect(marked.status == 0, "\(marked.stderr)")
        #expect(!marked.stderr.contains("locked"))
        _ = try tmux.waitFor("All — \(total) stories, \(total - 5) unread", timeout: 5)
        try tmux.sendKeys("s")
        try tmux.waitFor("Starred")
        let listed = try ProcessRunner.run(
            ProcessRunner.executable("byline"), ["list", library.path, "--starred", "--state", state])
        #expect(listed.status == 0 && listed.stdout.split(separator: "\n").count == 1, "the interface's star is the command line's to see")
        try tmux.sendKeys("Q")
        #expect(try tmux.waitForExit() == 0)
    }

    /// Two interfaces on one state file, and a crowd of `byline mark` beside them: nothing
    /// fails with "database is locked", and each interface shows the other's marks.
    @Test func twoInterfacesAndConcurrentMarksShareOneStateFile() throws {
        let first = try start()
        let second = try start()
        let screen = try first.waitFor("Sections")
        _ = try second.waitFor("Sections")
        let match = try #require(screen.firstMatch(of: /All — (\d+) stories/))
        let total = try #require(Int(match.1))
        try first.waitUntil { !$0.contains("scanning") }
        try second.waitUntil { !$0.contains("scanning") }

        // The first interface marks its selected story read; the second shows it.
        try first.sendKeys("m")
        try first.waitFor("\(total - 1) unread")
        try second.waitFor("All — \(total) stories, \(total - 1) unread", timeout: 5)

        // Twelve commands at once, each marking a section, while both interfaces run.
        let listed = try ProcessRunner.run(ProcessRunner.executable("byline"), ["list", library.path, "--json", "--state", state])
        let articles = try #require(try JSONSerialization.jsonObject(with: listed.stdoutBytes) as? [[String: Any]])
        let ids = articles.compactMap { $0["id"] as? String }
        // Started at once by one shell (Foundation's Process is not safe to start from several
        // threads at once); each prints its status and what it said.
        let quote = { (text: String) in "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let marks = ids.prefix(12).map { id in
            "(out=$(\(quote(ProcessRunner.executable("byline").path)) mark \(quote(library.path)) \(id) --star --state \(quote(state)) 2>&1); echo \"status=$? $out\") &"
        }.joined(separator: " ")
        let crowd = try ProcessRunner.run(URL(fileURLWithPath: "/bin/bash"), ["-c", marks + " wait"])
        let reports = crowd.stdout.split(separator: "\n").filter { $0.hasPrefix("status=") }
        #expect(reports.count == 12 && reports.allSatisfy { $0.hasPrefix("status=0 ") }, "\(reports)")
        #expect(!crowd.stdout.contains("locked"))
        let starred = Set(ids.prefix(12)).count
        let count = try Regex("Starred +\(starred) ")
        for tmux in [first, second] {
            let screen = try tmux.waitUntil(timeout: 5) { $0.contains(count) }
            #expect(screen.contains(count), "both interfaces show the stars the commands made")
        }
        try first.sendKeys("Q")
        try second.sendKeys("Q")
        #expect(try first.waitForExit() == 0 && second.waitForExit() == 0)
    }
}
