import BylineTestSupport
import Foundation
import Testing

/// The completion scripts swift-argument-parser writes for `byline`, which the README tells
/// readers to install: a subcommand missing from them is one a shell never offers.
@Suite struct ShellCompletionTests {
    static let subcommands = ["open", "list", "show", "mark", "search", "check", "stats"]

    func script(for shell: String) throws -> String {
        let outcome = try ProcessRunner.run(ProcessRunner.executable("byline"), ["--generate-completion-script", shell])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.isEmpty, "\(outcome.stderr)")
        return outcome.stdout
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func theScriptNamesEverySubcommand(shell: String) throws {
        let script = try script(for: shell)
        #expect(script.contains("byline"))
        for name in Self.subcommands {
            // As a word: `list` inside `--list-separator` would not be offering the subcommand.
            let word = try Regex("(^|[^-\\w])\(name)([^-\\w]|$)").anchorsMatchLineEndings()
            #expect(script.contains(word), "\(shell) does not offer \(name)")
        }
    }

    /// Bash is everywhere the tests run: its script is sourced and asked, as a Tab would.
    @Test func bashCompletesSubcommandsAndTheirOptions() throws {
        let folder = try TemporaryLibrary()
        let file = folder.sibling("byline.bash")
        try script(for: "bash").write(toFile: file, atomically: true, encoding: .utf8)
        let ask = """
            source '\(file)'
            COMP_WORDS=(byline st); COMP_CWORD=1; _byline byline st byline
            echo "${COMPREPLY[*]}"
            COMP_WORDS=(byline stats lib --); COMP_CWORD=3; COMPREPLY=(); _byline byline -- lib
            echo "${COMPREPLY[*]}"
            """
        let outcome = try ProcessRunner.run(URL(fileURLWithPath: "/bin/bash"), ["--norc", "-c", ask])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").map { Set($0.split(separator: " ").map(String.init)) }
        #expect(lines.first == ["stats"], "\(outcome.stdout)")
        #expect(lines.count == 2 && lines[1].isSuperset(of: ["--json", "--state", "--help"]), "\(outcome.stdout)")
    }
}
