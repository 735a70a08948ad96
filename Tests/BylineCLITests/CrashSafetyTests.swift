import BylineTestSupport
import Foundation
import GRDB
import Testing

/// kill -9 at random moments while marks, stars and the index are written: every mark a
/// command acknowledged (exit 0) is there at the end, and both files open cleanly every time.
@Suite struct CrashSafetyTests {
    enum Mark: CaseIterable { case read, unread, star, unstar }

    @Test func hundredsOfKillsLoseNoAcknowledgedMark() throws {
        let library = try TemporaryLibrary(copying: "news")
        let state = library.sibling("state/byline.sqlite")
        let byline = ProcessRunner.executable("byline")
        let listed = try ProcessRunner.run(byline, ["list", library.path, "--json", "--state", state])
        let articles = try #require(try JSONSerialization.jsonObject(with: listed.stdoutBytes) as? [[String: Any]])
        let ids = articles.compactMap { $0["id"] as? String }
        #expect(ids.count > 20)

        // Kills land anywhere in a command's life, however fast this machine is today: the
        // delays spread over one and a half times what a whole command takes here.
        func millisecondsToRun(_ arguments: [String]) throws -> Int {
            var times: [Double] = []
            for _ in 0..<3 {
                let start = Date()
                _ = try ProcessRunner.run(byline, arguments)
                times.append(Date().timeIntervalSince(start))
            }
            return max(20, Int(times.sorted()[1] * 1_500))
        }
        let markSpan = try millisecondsToRun(["mark", library.path, ids[0], "--read", "--state", state])
        try? FileManager.default.removeItem(atPath: library.sibling("state/byline-index"))
        let listSpan = try millisecondsToRun(["list", library.path, "--state", state])
        _ = try ProcessRunner.run(byline, ["mark", library.path, ids[0], "--unread", "--state", state])
        var generator = SystemRandomNumberGenerator()
        // For each id, the last read mark and the last star asked for, and whether that
        // command was acknowledged (a killed one may or may not have landed).
        var read: [String: (value: Bool, acknowledged: Bool)] = [:]
        var starred: [String: (value: Bool, acknowledged: Bool)] = [:]
        var kills = 0
        var acknowledged = 0
        for round in 0..<240 {
            if round % 6 == 5 {
                // A cold index cut short: the index file goes, a listing rebuilds it, killed.
                try? FileManager.default.removeItem(atPath: library.sibling("state/byline-index"))
                if try Self.runKilled(byline, ["list", library.path, "--state", state], within: Int.random(in: 0...listSpan, using: &generator)).killed {
                    kills += 1
                }
                continue
            }
            let id = ids[Int.random(in: 0..<ids.count, using: &generator)]
            let mark = Mark.allCases[Int.random(in: 0..<4, using: &generator)]
            let flag = switch mark {
            case .read: "--read"
            case .unread: "--unread"
            case .star: "--star"
            case .unstar: "--unstar"
            }
            let outcome = try Self.runKilled(byline, ["mark", library.path, id, flag, "--state", state], within: Int.random(in: 0...markSpan, using: &generator))
            kills += outcome.killed ? 1 : 0
            let done = !outcome.killed && outcome.status == 0
            acknowledged += done ? 1 : 0
            if !outcome.killed { #expect(outcome.status == 0, "a mark after a kill works: \(outcome.stderr)") }
            switch mark {
            case .read, .unread: read[id] = (mark == .read, done)
            case .star, .unstar: starred[id] = (mark == .star, done)
            }
        }
        #expect(kills >= 60, "the loop really killed (\(kills) kills)")
        #expect(acknowledged >= 20, "and some marks were acknowledged (\(acknowledged))")

        // Both files are whole.
        for path in [state] + Self.indexFiles(library) {
            let check = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            #expect(check == ["ok"], "\(path): \(check)")
        }
        let final = try ProcessRunner.run(byline, ["list", library.path, "--json", "--state", state])
        #expect(final.status == 0, "\(final.stderr)")
        let now = try #require(try JSONSerialization.jsonObject(with: final.stdoutBytes) as? [[String: Any]])
        #expect(now.count == ids.count, "the index rebuilt after every kill lists every article")
        let byID = Dictionary(uniqueKeysWithValues: now.compactMap { article in (article["id"] as? String).map { ($0, article) } })
        for (id, mark) in read where mark.acknowledged {
            #expect(byID[id]?["read"] as? Bool == mark.value, "read mark of \(id)")
        }
        for (id, mark) in starred where mark.acknowledged {
            #expect(byID[id]?["starred"] as? Bool == mark.value, "star of \(id)")
        }
    }

    static func indexFiles(_ library: TemporaryLibrary, state: String? = nil) -> [String] {
        let folder = state.map { ($0 as NSString).deletingPathExtension + "-index" } ?? library.sibling("state/byline-index")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".sqlite") }.map { folder + "/" + $0 }
    }

    /// Runs the command and sends it SIGKILL after `milliseconds`, unless it ended first.
    static func runKilled(_ executable: URL, _ arguments: [String], within milliseconds: Int) throws -> (killed: Bool, status: Int32, stderr: String) {
        let child = try ChildProcess(executable.path, arguments, stdout: .nullDevice)
        let deadline = Date().addingTimeInterval(Double(milliseconds) / 1_000)
        while child.isRunning, Date() < deadline { usleep(1_000) }
        var killed = false
        if child.isRunning {
            kill(child.pid, SIGKILL)
            killed = true
        }
        let status = child.waitForExit()
        let stderr = String(decoding: child.collected(2), as: UTF8.self)
        return (killed && child.wasKilledBySignal, status, stderr)
    }
}

/// A damaged index cache (garbage, cut short, gone): rebuilt from the library with a notice,
/// and the read marks and stars, which live in the state file, untouched.
@Suite struct DamagedIndexTests {
    enum Damage: String, CaseIterable { case garbage, truncated, deleted }

    @Test(arguments: Damage.allCases)
    func aDamagedIndexIsRebuiltAndMarksAreKept(damage: Damage) throws {
        let library = try TemporaryLibrary(copying: "news")
        let state = library.sibling("state/byline.sqlite")
        let byline = ProcessRunner.executable("byline")
        let first = try ProcessRunner.run(byline, ["list", library.path, "--json", "--state", state])
        let ids = try #require(try JSONSerialization.jsonObject(with: first.stdoutBytes) as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(try ProcessRunner.run(byline, ["mark", library.path, ids[0], "--read", "--star", "--state", state]).status == 0)
        let index = try #require(CrashSafetyTests.indexFiles(library).first)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: index + suffix) }
        switch damage {
        case .garbage:
            try Data((0..<65_536).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }).write(to: URL(fileURLWithPath: index))
        case .truncated:
            let data = try Data(contentsOf: URL(fileURLWithPath: index))
            try data.prefix(data.count / 3).write(to: URL(fileURLWithPath: index))
        case .deleted:
            try FileManager.default.removeItem(atPath: index)
        }
        let check = try ProcessRunner.run(byline, ["check", library.path, "--state", state])
        #expect(check.status == 0, "\(check.stderr)")
        if damage != .deleted {
            #expect(check.stdout.contains("(index)") && check.stdout.contains("rebuilt"), "a notice: \(check.stdout)")
        }
        let after = try ProcessRunner.run(byline, ["list", library.path, "--json", "--state", state])
        let articles = try #require(try JSONSerialization.jsonObject(with: after.stdoutBytes) as? [[String: Any]])
        #expect(articles.count == ids.count)
        let marked = articles.first { $0["id"] as? String == ids[0] }
        #expect(marked?["read"] as? Bool == true && marked?["starred"] as? Bool == true)
        let again = try ProcessRunner.run(byline, ["check", library.path, "--state", state])
        #expect(!again.stdout.contains("(index)"), "once rebuilt, the index is fine")
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func theInterfaceSaysSoAndKeepsTheMarks() throws {
        let library = try TemporaryLibrary(copying: "news")
        let state = library.sibling("state/byline.sqlite")
        let byline = ProcessRunner.executable("byline")
        let first = try ProcessRunner.run(byline, ["list", library.path, "--json", "--state", state])
        let ids = try #require(try JSONSerialization.jsonObject(with: first.stdoutBytes) as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(try ProcessRunner.run(byline, ["mark", library.path, ids[0], "--star", "--state", state]).status == 0)
        let index = try #require(CrashSafetyTests.indexFiles(library).first)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: index + suffix) }
        try Data(repeating: 0x5A, count: 8_192).write(to: URL(fileURLWithPath: index))
        let tmux = try TmuxSession(command: [byline.path, library.path, "--state", state], width: 120, height: 30, environment: ["TZ": "UTC"])
        let screen = try tmux.waitFor("Index damaged")
        #expect(screen.contains("Index damaged: rebuilt from the library"), "\(screen)")
        let starred = try tmux.waitUntil { $0.contains(/Starred +1\s/) }
        #expect(starred.contains(/Starred +1\s/), "the star is kept")
        try tmux.sendKeys("Q")
        #expect(try tmux.waitForExit() == 0)
    }
}
