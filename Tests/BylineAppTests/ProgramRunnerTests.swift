import BylineApp
import BylineCore
import Foundation
import Testing

/// Starting other programs for real: a fake browser script records the arguments it got.
@Suite struct ProgramRunnerTests {
    let folder: URL
    let recorder: URL
    let record: URL
    /// The recorder run by /bin/sh: a script written while other tests start programs can be
    /// held open by their children for an instant, and exec'ing it then fails with ETXTBSY.
    var recorderCommand: String { "/bin/sh \(recorder.path)" }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-programs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        recorder = folder.appendingPathComponent("recorder")
        record = folder.appendingPathComponent("arguments")
        // One argument per line between < and >, and standard input after them.
        try """
        #!/bin/sh
        for argument in "$@"; do printf '<%s>\\n' "$argument"; done > "\(record.path)"
        [ -t 0 ] || cat >> "\(record.path)"
        exit "${EXIT_WITH:-0}"
        """.write(to: recorder, atomically: true, encoding: .utf8)
    }

    func recorded() throws -> String {
        try String(contentsOf: record, encoding: .utf8)
    }

    @Test func aHostileLinkArrivesAsOneLiteralArgumentAndRunsNothing() throws {
        let canary = folder.appendingPathComponent("pwned").path
        let url = "https://e.example/a'b\"c$(touch${IFS}\(canary))`touch${IFS}\(canary)`;touch${IFS}\(canary)"
        let link = try LinkPolicy.check(url).get()
        let commands = try ProgramCommand.browser(recorderCommand, link: link).get()
        #expect(ProgramRunner.run(try #require(commands.first)) == .exited(0))
        #expect(try recorded() == "<\(url)>\n")
        #expect(!FileManager.default.fileExists(atPath: canary), "no shell ever saw the link")
    }

    @Test func inputGoesToStandardInputAndTheStatusComesBack() throws {
        let command = ProgramCommand(["/bin/sh", "-c", "EXIT_WITH=3 /bin/sh \"$0\" one", recorder.path])
        #expect(ProgramRunner.run(command, input: Array("the article\n".utf8)) == .exited(3))
        #expect(try recorded() == "<one>\nthe article\n")
    }

    @Test func aProgramThatReadsNothingOfALongInputNeitherHangsNorKillsByline() {
        let input = [UInt8](repeating: UInt8(ascii: "x"), count: 4 << 20)
        #expect(ProgramRunner.run(ProgramCommand(["true"]), input: input) == .exited(0))
    }

    @Test func aMissingProgramIsReportedNotStarted() {
        let outcome = ProgramRunner.run(ProgramCommand(["/nonexistent/browser", "https://example.com"]))
        #expect(outcome == .notStarted("No such file or directory"))
    }

    @Test func aProgramEndedByASignalSaysSo() {
        #expect(ProgramRunner.run(ProgramCommand(["/bin/sh", "-c", "kill -TERM $$"])) == .killed(by: SIGTERM))
    }

    @Test func thePathOfAFileThatIsNotUTF8ArrivesByteForByte() throws {
        let command = ProgramCommand(arguments: [Array("/bin/sh".utf8), Array(recorder.path.utf8), [0x2F, 0x74, 0xFF, 0x2D]])
        #expect(ProgramRunner.run(command) == .exited(0))
        #expect(try Data(contentsOf: record) == Data([0x3C, 0x2F, 0x74, 0xFF, 0x2D, 0x3E, 0x0A]))
    }
}
