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
                if try Self.runKilled(byline, ["list", library.path, "--state", state], within: Int.random(in: 0...120, using: &generator)).killed {
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
            let outcome = try Self.runKilled(byline, ["mark", library.path, id, flag, "--state", state], within: Int.random(in: 0...90, using: &generator))
            kills += outcome.killed ? 1 : 0
            let done = !outcome.killed && outcome.status == 0
            acknowledged += done ? 1 : 0
            if !outcome.killed { #expect(outcome.status == 0, "a mark after a kill works: \(outcome.stderr)") }
            switch mark {
            case .read, .unread: read[id] = (mark == .read, done)
            case .star, .unstar: starred[id] = (mark == .star, done)
            }
        }
        #expect(kills >= 100, "the loop really killed (\(kills) kills)")
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

    static func indexFiles(_ library: TemporaryLibrary) -> [String] {
        let folder = library.sibling("state/byline-index")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".sqlite") }.map { folder + "/" + $0 }
    }

    /// Runs the command and sends it SIGKILL after `milliseconds`, unless it ended first.
    static func runKilled(_ executable: URL, _ arguments: [String], within milliseconds: Int) throws -> (killed: Bool, status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(Double(milliseconds) / 1_000)
        while process.isRunning, Date() < deadline { usleep(1_000) }
        var killed = false
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            killed = true
        }
        process.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (killed && process.terminationReason == .uncaughtSignal, process.terminationStatus, stderr)
    }
}
