import BylineTestSupport
import BylineUI
import Foundation
import Testing

/// The manual, docs/byline.1, lists every action of the keymap with its keys, and nothing else.
@Suite struct ManualTests {
    static let manualURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/byline.1")

    func keysSection() throws -> String {
        let manual = try String(contentsOf: Self.manualURL, encoding: .utf8)
        let start = try #require(manual.range(of: "\n.SH KEYS\n")).upperBound
        let end = try #require(manual[start...].range(of: "\n.SH ")).lowerBound
        return String(manual[start..<end])
    }

    /// A key label as roff wants it: a backslash is written `\e`.
    func roff(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\e")
    }

    @Test func everyActionIsInTheManualWithItsKeys() throws {
        let keys = try keysSection()
        for binding in Keymap.standard.bindings {
            let labels = roff(binding.keys.map(\.label).joined(separator: " "))
            #expect(keys.contains(".TP\n.B \(labels)\n\\fB\(binding.name)\\fR: "), "\(binding.name) on \(labels)")
        }
    }

    @Test func theManualNamesNoActionTheKeymapLacks() throws {
        let pattern = try Regex(#"\n\\fB([a-z-]+)\\fR: "#, as: (Substring, Substring).self)
        let named = try keysSection().matches(of: pattern).map { String($0.output.1) }
        #expect(named == Keymap.standard.bindings.map(\.name))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/groff"), "groff is not installed"))
    func groffReadsItWithoutAWarning() throws {
        let outcome = try ProcessRunner.run(
            URL(fileURLWithPath: "/usr/bin/groff"), ["-man", "-Tutf8", "-ww", "-z", Self.manualURL.path])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.isEmpty, "\(outcome.stderr)")
    }
}
