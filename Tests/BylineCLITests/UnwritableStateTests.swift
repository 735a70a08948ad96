import BylineTestSupport
import Foundation
import GRDB
import Testing

/// A state folder on a full disk or a read-only file system (a small tmpfs, which needs root to
/// mount): Byline still opens and reads, with the marks already made, says plainly that new ones
/// cannot be saved, and leaves the store whole.
@Suite(.enabled(if: TmpfsMount.isPossible, "mounting a tmpfs needs root"), .serialized)
struct UnwritableStateTests {
    enum Trouble: String, CaseIterable { case fullDisk, readOnly }

    @Test(arguments: Trouble.allCases)
    func byLineReadsButSaysMarksCannotBeSaved(trouble: Trouble) throws {
        let library = try TemporaryLibrary(copying: "news")
        let mountPoint = library.sibling("state")
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        #expect(TmpfsMount.run("/bin/mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint]) == 0)
        defer { TmpfsMount.run("/bin/umount", ["-l", mountPoint]) }
        let state = mountPoint + "/byline.sqlite"
        let byline = ProcessRunner.executable("byline")
        let first = try ProcessRunner.run(byline, ["list", library.path, "--json", "--state", state])
        let ids = try #require(try JSONSerialization.jsonObject(with: first.stdoutBytes) as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(try ProcessRunner.run(byline, ["mark", library.path, ids[0], "--read", "--star", "--state", state]).status == 0)

        let filler = mountPoint + "/filler"
        switch trouble {
        case .fullDisk:
            TmpfsMount.run("/bin/dd", ["if=/dev/zero", "of=\(filler)", "bs=4k"])
        case .readOnly:
            #expect(TmpfsMount.run("/bin/mount", ["-o", "remount,ro", mountPoint]) == 0)
        }

        let listed = try ProcessRunner.run(byline, ["list", library.path, "--json", "--state", state])
        #expect(listed.status == 0, "\(listed.stderr)")
        let articles = try #require(try JSONSerialization.jsonObject(with: listed.stdoutBytes) as? [[String: Any]])
        #expect(articles.count == ids.count)
        let marked = articles.first { $0["id"] as? String == ids[0] }
        #expect(marked?["read"] as? Bool == true && marked?["starred"] as? Bool == true, "the marks already made are read")

        let refused = try ProcessRunner.run(byline, ["mark", library.path, ids[1], "--read", "--state", state])
        #expect(refused.status == 1 && refused.stderr.contains("marks cannot be saved"), "\(refused.stderr)")

        let tmux = try TmuxSession(command: [byline.path, library.path, "--state", state], width: 120, height: 30, environment: ["TZ": "UTC"])
        let screen = try tmux.waitFor("MARKS NOT SAVED")
        #expect(screen.contains("Marks cannot be saved"))
        try tmux.waitUntil { $0.contains("All — 37 stories") && !$0.contains("scanning") }
        try tmux.sendKeys("m")
        try tmux.waitFor("Marked")
        try tmux.sendKeys("Q")
        #expect(try tmux.waitForExit() == 0)

        // Room again: the store is whole and holds exactly what was saved.
        switch trouble {
        case .fullDisk: try FileManager.default.removeItem(atPath: filler)
        case .readOnly: #expect(TmpfsMount.run("/bin/mount", ["-o", "remount,rw", mountPoint]) == 0)
        }
        let check = try DatabaseQueue(path: state).read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(check == ["ok"])
        let after = try ProcessRunner.run(byline, ["list", library.path, "--json", "--state", state])
        let now = try #require(try JSONSerialization.jsonObject(with: after.stdoutBytes) as? [[String: Any]])
        #expect(now.filter { $0["read"] as? Bool == true }.compactMap { $0["id"] as? String } == [ids[0]])
    }
}

/// Whether this machine lets the tests mount a tmpfs (root, and a kernel and container that allow it).
enum TmpfsMount {
    static let isPossible: Bool = {
        guard geteuid() == 0 else { return false }
        let probe = NSTemporaryDirectory() + "byline-mount-probe-\(getpid())"
        try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]) == 0 else { return false }
        run("/bin/umount", [probe])
        return true
    }()

    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        guard let child = try? ChildProcess(tool, arguments, stdout: .nullDevice, stderr: .nullDevice) else { return -1 }
        return child.waitForExit()
    }
}
