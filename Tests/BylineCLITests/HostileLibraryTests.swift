import BylineTestSupport
import Foundation
import Testing

/// The hostile library (`HostileLibrary`) through the command line: nothing hangs, every
/// readable article loads, every bad file has its reason, and nothing raw reaches the output.
@Suite struct HostileLibraryTests {
    /// Bytes a terminal would act on: C0 controls but newline, ESC among them; DEL; C1
    /// (U+0080-U+009F, two bytes in UTF-8); bidi controls and zero-width characters.
    static func rawControls(in data: Data) -> [String] {
        let bytes = [UInt8](data)
        var found: [String] = []
        for (index, byte) in bytes.enumerated() {
            if (byte < 0x20 && byte != 0x0A) || byte == 0x7F { found.append(String(format: "0x%02X at %d", byte, index)) }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                found.append(String(format: "C1 0x%02X at %d", bytes[index + 1], index))
            }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        for scalar in ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{200B}", "\u{FEFF}"]
        where text.contains(scalar) {
            found.append("U+\(String(scalar.unicodeScalars.first!.value, radix: 16, uppercase: true))")
        }
        return found
    }

    @Test func listAndCheckLoadTheRestAndSayWhyForEachBadFile() throws {
        let hostile = try HostileLibrary()
        let state = hostile.library.sibling("state.sqlite")
        let byline = ProcessRunner.executable("byline")

        let list = try ProcessRunner.run(byline, ["list", hostile.path, "--state", state], timeout: 120)
        #expect(!list.timedOut, "list must not hang (a FIFO, a socket, a symlink loop)")
        #expect(list.status == 0, "\(list.stderr)")
        #expect(Self.rawControls(in: list.stdoutBytes).isEmpty, "\(Self.rawControls(in: list.stdoutBytes).prefix(5))")
        #expect(Self.rawControls(in: list.stderrBytes).isEmpty)
        let lines = list.stdout.split(separator: "\n")
        #expect(lines.count == hostile.expectedArticles, "one line per article, whatever its title holds")
        #expect(lines.filter { $0.contains("Hostile") }.count == hostile.expectedArticles)
        for leak in HostileLibrary.leaks { #expect(!list.stdout.contains(leak + "\u{07}")) }

        let check = try ProcessRunner.run(byline, ["check", hostile.path, "--state", state], timeout: 120)
        #expect(!check.timedOut && check.status == 0, "\(check.stderr)")
        #expect(Self.rawControls(in: check.stdoutBytes).isEmpty, "\(Self.rawControls(in: check.stdoutBytes).prefix(5))")
        let reported = check.stdout.split(separator: "\n").map(String.init)
        for skip in hostile.expectedSkips {
            let line = reported.first { $0.hasPrefix(skip.path + ":") }
            #expect(line != nil, "\(skip.path) is reported: \(reported)")
            if let line, !skip.reason.isEmpty { #expect(line.contains(skip.reason), "\(line)") }
        }
        #expect(reported.last?.hasPrefix("\(hostile.expectedArticles) articles, ") == true, "the summary counts every article")

        // JSON escapes what it carries; the titles are all there.
        let json = try ProcessRunner.run(byline, ["list", hostile.path, "--json", "--state", state], timeout: 120)
        let parsed = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [[String: Any]])
        #expect(parsed.count == hostile.expectedArticles)
    }
}

/// The hostile library in the interface, in a real terminal: every story opened, the problems
/// page read, and the bytes Byline wrote to the terminal checked, not only the screen.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .serialized)
struct HostileInterfaceTests {
    @Test func nothingRawReachesTheTerminalAndBangListsTheSkippedFiles() throws {
        let hostile = try HostileLibrary(manyFiles: 20)
        let state = hostile.library.sibling("state.sqlite")
        let raw = hostile.library.sibling("raw-output")
        let tmux = try TmuxSession(
            command: [ProcessRunner.executable("byline").path, hostile.path, "--state", state], width: 100, height: 30,
            environment: ["TZ": "UTC"])
        try tmux.startRecordingOutput(to: raw)
        try tmux.waitFor("Sections")
        try tmux.waitUntil { $0.contains("skipped (!)") && !$0.contains("scanning") }
        // Every story opened in turn (J opens the next one in the list), the crowd and all.
        try tmux.sendKeys("Enter")
        for _ in 0..<(hostile.expectedArticles + 2) { try tmux.sendKeys("J") }
        try tmux.waitFor("Article")
        try tmux.sendKeys("!")
        let problems = try tmux.waitFor("Skipped — ")
        for skip in hostile.expectedSkips.prefix(6) {
            #expect(problems.contains(skip.path), "\(skip.path) in the problems page:\n\(problems)")
        }
        #expect(problems.contains("binary file, not text") && problems.contains("not a regular file (FIFO)"))
        try tmux.sendKeys("x")
        try tmux.waitUntil { !$0.contains("Skipped — ") }
        #expect(try tmux.paneTitle().contains("pwned") == false)
        try tmux.sendKeys("Q")
        #expect(try tmux.waitForExit() == 0)

        let bytes = try Data(contentsOf: URL(fileURLWithPath: raw))
        let text = String(decoding: bytes, as: UTF8.self)
        // A parser may drop an escape's ESC (libxml2 does, in HTML and feeds) and leave its inert
        // rest as text; what must never arrive is an escape itself. Every ESC written is one of
        // the sequences ncurses draws with: CSI (ESC [), charset (ESC ( and ESC )), keypad
        // (ESC = and ESC >), cursor save and restore (ESC 7, ESC 8), reverse index (ESC M).
        let array = [UInt8](bytes)
        let escapes = array.indices.filter { array[$0] == 0x1B }
        let foreign = escapes.filter { $0 + 1 >= array.count || !Array("[()=>78M".utf8).contains(array[$0 + 1]) }
        #expect(foreign.isEmpty, "escapes ncurses does not write: \(foreign.prefix(3).map { String(decoding: array[$0..<min(array.count, $0 + 12)], as: UTF8.self).debugDescription })")
        #expect(!text.contains("\u{1B}]"), "no OSC sequence at all")
        #expect(!text.contains("\u{1B}P"), "no DCS")
        let c1 = array.indices.dropLast().filter { array[$0] == 0xC2 && (0x80...0x9F).contains(array[$0 + 1]) }
        #expect(c1.isEmpty, "no 8-bit C1 control in UTF-8")
        for scalar in ["\u{202E}", "\u{2066}", "\u{2069}", "\u{200B}", "\u{FEFF}"] {
            #expect(!text.contains(scalar), "U+\(String(scalar.unicodeScalars.first!.value, radix: 16)) reached the terminal")
        }
        #expect(!array.contains(0x00) && !array.contains(0x7F) && !array.contains(0x9B))
    }
}

/// A file deleted, cut short and rewritten while Byline reads it: no crash, no hang, and the
/// rest of the library loads every time.
@Suite struct FileChangingUnderfootTests {
    @Test func aFileRewrittenWhileItIsReadNeverBreaksALoad() throws {
        let library = try TemporaryLibrary(copying: "news")
        let state = library.sibling("state.sqlite")
        let byline = ProcessRunner.executable("byline")
        let baseline = try ProcessRunner.run(byline, ["list", library.path, "--state", state])
        let others = baseline.stdout.split(separator: "\n").count
        let path = library.path + "/world/churning.txt"
        let stop = SharedFlag()
        let churner = Thread {
            var round = 0
            while !stop.isSet {
                round += 1
                switch round % 4 {
                case 0: try? FileManager.default.removeItem(atPath: path)
                case 1: _ = FileManager.default.createFile(atPath: path, contents: Data("Churn \(round)\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\n".utf8) + Data(repeating: 0x61, count: 200_000))
                case 2:
                    if let handle = FileHandle(forWritingAtPath: path) { try? handle.truncate(atOffset: 7); try? handle.close() }
                default: _ = FileManager.default.createFile(atPath: path, contents: Data([0, 0, 1, 2, 3]))
                }
            }
        }
        churner.start()
        defer { stop.set() }
        for _ in 0..<25 {
            let run = try ProcessRunner.run(byline, ["list", library.path, "--state", state], timeout: 60)
            #expect(!run.timedOut && run.status == 0, "\(run.stderr)")
            let count = run.stdout.split(separator: "\n").count
            #expect(count == others || count == others + 1, "the rest loads whatever the churning file is")
        }
    }
}

/// A flag one thread sets and another reads.
final class SharedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
