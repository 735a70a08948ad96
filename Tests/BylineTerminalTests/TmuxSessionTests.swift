import BylineTestSupport
import Foundation
import Testing

/// The tmux driver itself, against `sh` rather than Byline, so a failure here points at the
/// driver and not at the program under test.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TmuxSessionTests {
    @Test func typedTextReachesTheProgramAndItsOutputAndExitStatusComeBack() throws {
        let session = try TmuxSession(
            command: ["sh", "-c", "printf hello; read x; echo got:$x"], width: 40, height: 5)
        try session.waitFor("hello")
        #expect(session.isRunning)
        try session.sendText("abc")
        try session.sendKeys("Enter")
        try session.waitFor("got:abc")
        #expect(try session.waitForExit() == 0)
        #expect(!session.isRunning)
        // remain-on-exit: the last screen can still be read after the program ended.
        #expect(try session.capture().contains("got:abc"))
    }

    @Test func linesScrolledAwayAfterExitAreInTheHistory() throws {
        let session = try TmuxSession(command: ["sh", "-c", "echo first; echo second; echo last"], width: 30, height: 3)
        #expect(try session.waitForExit() == 0)
        let everything = try session.capture(includingHistory: true)
        #expect(everything.contains("first\nsecond\nlast"))
        #expect(everything.contains("Pane is dead"))
    }

    @Test func theExitStatusIsReported() throws {
        let session = try TmuxSession(command: ["sh", "-c", "exit 3"], width: 20, height: 3)
        #expect(try session.waitForExit() == 3)
    }

    @Test func aSignalThatKillsTheProgramIsReportedAs128PlusItsNumber() throws {
        let session = try TmuxSession(command: ["sh", "-c", "echo ready; sleep 30"], width: 20, height: 3)
        try session.waitFor("ready")
        try session.sendKeys("C-c")
        #expect(try session.waitForExit() == 128 + SIGINT)
    }

    @Test func resizingDeliversTheNewSizeToTheProgram() throws {
        let session = try TmuxSession(
            command: ["sh", "-c", "while :; do stty size; sleep 0.1; done"], width: 80, height: 24)
        try session.waitFor("24 80")
        try session.resize(width: 60, height: 20)
        try session.waitFor("20 60")
    }

    @Test func theTerminalTypeAndUTF8LocaleAreSetAndTheEnvironmentIsPassedOn() throws {
        let session = try TmuxSession(
            command: ["sh", "-c", "echo $TERM/$LANG/$GREETING/${NO_COLOR-unset}; sleep 30"],
            width: 60, height: 3, term: "xterm-256color", environment: ["GREETING": "hi"])
        try session.waitFor("xterm-256color/C.UTF-8/hi/unset")
    }

    @Test func waitingInVainFailsWithTheScreenInTheError() throws {
        let session = try TmuxSession(command: ["sh", "-c", "echo on-screen; sleep 30"], width: 30, height: 3)
        try session.waitFor("on-screen")
        let error = #expect(throws: TmuxError.self) { try session.waitFor("never shown", timeout: 0.3) }
        let description = error.map { String(describing: $0) } ?? ""
        #expect(description.contains("never shown"))
        #expect(description.contains("|on-screen"))
    }

    @Test func captureWithEscapesShowsAttributes() throws {
        let session = try TmuxSession(
            command: ["sh", "-c", "printf 'plain \\033[1mbold\\033[0m\\n'; sleep 30"], width: 30, height: 3)
        try session.waitFor("plain bold")
        #expect(try session.capture(withEscapes: true).contains("\u{1B}[1mbold"))
        #expect(!(try session.capture()).contains("\u{1B}"))
    }

    @Test func recordedOutputHoldsTheRawBytesTheProgramWrote() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: log) }
        let session = try TmuxSession(
            command: ["sh", "-c", "read x; printf 'x\\033[31mred\\n'; sleep 30"], width: 30, height: 3)
        try session.startRecordingOutput(to: log.path)
        try session.sendKeys("Enter")
        try session.waitFor("xred")
        let deadline = Date().addingTimeInterval(5)
        var recorded = ""
        while !recorded.contains("red"), Date() < deadline {
            recorded = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            usleep(50_000)
        }
        #expect(recorded.contains("x\u{1B}[31mred"))
    }

    @Test func killingEndsOnlyThisSessionsServer() throws {
        let first = try TmuxSession(command: ["sh", "-c", "echo one; sleep 30"], width: 20, height: 3)
        let second = try TmuxSession(command: ["sh", "-c", "echo two; sleep 30"], width: 20, height: 3)
        try first.waitFor("one")
        first.kill()
        first.kill()
        #expect(!first.isRunning)
        #expect(second.isRunning)
        try second.waitFor("two")
    }
}
