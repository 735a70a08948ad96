import BylineTestSupport
import Foundation
import GRDB
import Testing

/// SIGINT, SIGTERM and SIGHUP during a cold index and while reading: the terminal is given
/// back in cooked mode with echo, and the state and index files are whole.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct SignalTests {
    enum Moment: String, CaseIterable { case coldIndex, reading }

    static let cases: [(String, Moment)] = ["INT", "TERM", "HUP"].flatMap { signal in Moment.allCases.map { (signal, $0) } }

    @Test(arguments: cases)
    func aSignalLeavesACleanTerminalAndWholeFiles(signal: String, moment: Moment) throws {
        let library = try TemporaryLibrary()
        let files = moment == .coldIndex ? 4_000 : 40
        for index in 0..<files {
            let text = "Story \(index)\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\n" + String(repeating: "Words of the story. ", count: 40) + "\n"
            _ = FileManager.default.createFile(atPath: library.path + "/\(index).txt", contents: Data(text.utf8))
        }
        let state = library.sibling("state-\(signal)-\(moment.rawValue)/byline.sqlite")
        let binary = ProcessRunner.executable("byline").path
        let command = [binary, library.path, "--state", state].map { "'\($0)'" }.joined(separator: " ")
        let tmux = try TmuxSession(
            command: ["bash", "-c", command + "; echo \"status=$?\"; stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo; sleep 30"],
            width: 100, height: 30, environment: ["TZ": "UTC"])
        switch moment {
        case .coldIndex:
            try tmux.waitUntil { $0.contains("Sections") }
        case .reading:
            try tmux.waitUntil { $0.contains("40 stories") && !$0.contains("scanning") }
            try tmux.sendKeys("Enter")
            try tmux.waitUntil { $0.contains("Article ") && !$0.contains("Preview — Enter opens it") }
        }
        // The signal goes to Byline itself, not to the shells around it in the pane.
        let candidates = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/pgrep"), ["-f", state]).stdout.split(separator: "\n")
        let byline = try #require(candidates.compactMap { pid_t($0) }.first { pid in
            let arguments = (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? ""
            return arguments.split(separator: "\0").first.map(String.init) == binary
        })
        let number: Int32 = switch signal {
        case "INT": SIGINT
        case "TERM": SIGTERM
        default: SIGHUP
        }
        #expect(kill(byline, number) == 0, "the signal was sent")
        let screen = try tmux.waitUntil(timeout: 15) { $0.contains("status=") && $0.contains("icanon") }
        #expect(screen.contains("icanon echo"), "cooked mode with echo after SIG\(signal):\n\(screen)")
        #expect(!screen.contains("Sections"), "the interface's screen is gone")

        for path in [state] + CrashSafetyTests.indexFiles(library, state: state) {
            let check = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            #expect(check == ["ok"], "\(path)")
        }
        let listed = try ProcessRunner.run(ProcessRunner.executable("byline"), ["list", library.path, "--state", state])
        #expect(listed.status == 0 && listed.stdout.split(separator: "\n").count == files)
        if moment == .reading {
            #expect(listed.stdout.split(separator: "\n").filter { !$0.hasPrefix("N") }.count == 1, "the story opened stays read")
        }
    }
}
