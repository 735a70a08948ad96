import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A library made to break readers, written at test time because much of it cannot live in
/// git (FIFOs, sockets, names that are not UTF-8, unreadable files, 20,000 files). Every
/// readable article's title starts with "Hostile" and a number; `expectedArticles` of them
/// must load, whatever the rest does.
public final class HostileLibrary: @unchecked Sendable {
    public let library: TemporaryLibrary
    public var path: String { library.path }
    /// Articles that must load (the many-files folder included).
    public private(set) var expectedArticles = 0
    /// Files that must be skipped, by a fragment of their path as `check` prints it, with a
    /// fragment of the reason.
    public private(set) var expectedSkips: [(path: String, reason: String)] = []

    /// Every terminal attack in one string: CSI (clear, colour, cursor), OSC 0 and 2 (window
    /// title), OSC 8 (hyperlink), OSC 52 (clipboard), DCS, 8-bit C1 (CSI, OSC, ST), NUL, DEL,
    /// backspace, carriage return, bidi overrides and isolates, zero-width characters.
    public static let payload = "\u{1B}[2J\u{1B}[31m\u{1B}[10;10H\u{1B}]0;pwned-title\u{07}\u{1B}]2;pwned-two\u{1B}\\"
        + "\u{1B}]8;;http://evil.example/\u{1B}\\link\u{1B}]8;;\u{1B}\\\u{1B}]52;c;cHduZWQ=\u{07}"
        + "\u{1B}P1;2|pwned-dcs\u{1B}\\\u{9B}31m\u{9D}0;pwned-c1\u{9C}\u{0}\u{7F}x\u{8}\u{8}\r"
        + "\u{202E}desrever\u{202C}\u{2066}iso\u{2069}zero\u{200B}width\u{FEFF}"

    /// Strings the payload carries that must never reach a terminal, whole.
    public static let leaks = ["pwned", "evil.example", "cHduZWQ"]

    /// `manyFiles`: the size of the crowded folder (the issue asks for 20,000).
    public init(manyFiles: Int = 20_000) throws {
        library = try TemporaryLibrary()
        try writeEscapes()
        try writeNames()
        try writeBadFiles()
        try writeSpecialFiles()
        try writeDeepAndCrowded(manyFiles: manyFiles)
    }

    private var number = 0

    private func article(_ relative: String, _ body: (String) -> String) throws {
        number += 1
        try library.write(relative, body("Hostile \(number)"))
        expectedArticles += 1
    }

    private func writeEscapes() throws {
        let p = Self.payload
        try article("escapes/plain.txt") { "\($0) \(p) title\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\nBody \(p) end.\n" }
        try article("escapes/page.md") { "# \($0) \(p)\n\nA *paragraph* \(p) [link](http://evil.example/\(p)).\n" }
        try article("escapes/page.html") {
            "<html><head><title>\($0) \(p)</title></head><body><p>Para \(p)</p><a href=\"javascript:\(p)\">x</a></body></html>"
        }
        try article("escapes/feed.rss") {
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed \(Self.xml(p))</title><item><title>\($0) \(Self.xml(p))</title>"
                + "<link>http://evil.example/\(Self.xml(p))</link><description>Item \(Self.xml(p))</description></item></channel></rss>"
        }
        try article("escapes/message.eml") {
            "From: Evil \(p) <evil@example.com>\nSubject: \($0) \(p)\nDate: Fri, 3 Jun 2011 16:10:00 -0500\n\nBody \(p)\n"
        }
    }

    /// XML 1.0 forbids most C0 characters even as text: the feed carries the rest escaped.
    private static func xml(_ text: String) -> String {
        text.unicodeScalars.map { scalar in
            switch scalar {
            case "<": "&lt;"
            case ">": "&gt;"
            case "&": "&amp;"
            default: scalar.value < 0x20 && scalar != "\n" ? "&#x\(String(scalar.value, radix: 16));" : String(scalar)
            }
        }.joined()
    }

    private func writeNames() throws {
        for name in ["new\nline.txt", "esc\u{1B}]0;pwned-name\u{07}.txt", "-leading-dash.txt", "--help.txt",
                     String(repeating: "long", count: 62) + ".txt", "sec\ntion/inside.txt", "\u{1B}[2Jfolder/inside.txt",
                     "bidi\u{202E}txt.exe.txt"] {
            try article("names/" + name) { "\($0) named oddly\n\nBody.\n" }
        }
        // Names that are not UTF-8, for a file and for a folder.
        try writeRaw(Array("names/".utf8) + [0x66, 0xFF, 0xFE] + Array(".txt".utf8), Array("Hostile bytes name\n\nBody.\n".utf8))
        try writeRaw(Array("names/".utf8) + [0xC3, 0x28] + Array("/inside.txt".utf8), Array("Hostile bytes folder\n\nBody.\n".utf8))
        expectedArticles += 2
    }

    private func writeBadFiles() throws {
        var binary: [UInt8] = []
        var seed: UInt64 = 7
        for _ in 0..<4_096 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1
            binary.append(UInt8(truncatingIfNeeded: seed >> 33))
        }
        try library.write("bad/binary.txt", bytes: [0, 0] + binary)
        expectedSkips.append(("bad/binary.txt", "binary"))
        try library.write("bad/empty.txt", bytes: [])
        expectedSkips.append(("bad/empty.txt", "empty"))
        try library.write("bad/huge.txt", bytes: [UInt8](repeating: 0x61, count: 10 * 1_024 * 1_024 + 1))
        expectedSkips.append(("bad/huge.txt", "MiB"))
        // One line of 2 MiB: an article with a very long title and no body.
        try article("bad/one-line.txt") { $0 + " " + String(repeating: "word ", count: 2 * 1_024 * 1_024 / 5) }
        let locked = try library.write("bad/unreadable.txt", "Hostile locked\n\nBody.\n")
        chmod(locked.path, 0)
        if geteuid() == 0 {
            expectedArticles += 1  // root reads it anyway
        } else {
            expectedSkips.append(("bad/unreadable.txt", "permission"))
        }
    }

    private func writeSpecialFiles() throws {
        let folder = library.url.appendingPathComponent("special")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        guard mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o644) == 0 else { throw HostileError("mkfifo") }
        expectedSkips.append(("special/pipe.txt", "not a regular file"))
        try bindSocket(at: folder.appendingPathComponent("socket.txt").path)
        expectedSkips.append(("special/socket.txt", "not a regular file"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("dangling.txt").path, withDestinationPath: "nowhere.txt")
        expectedSkips.append(("special/dangling.txt", ""))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("self.txt").path, withDestinationPath: "self.txt")
        expectedSkips.append(("special/self.txt", ""))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path, withDestinationPath: ".")
    }

    private func writeDeepAndCrowded(manyFiles: Int) throws {
        let deep = (0..<60).map { "d\($0)" }.joined(separator: "/")
        try article(deep + "/deep.txt") { "\($0) sixty folders down\n\nBody.\n" }
        let crowd = library.url.appendingPathComponent("crowd")
        try FileManager.default.createDirectory(at: crowd, withIntermediateDirectories: true)
        for index in 0..<manyFiles {
            let text = "Hostile crowd \(index)\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\nOne of many.\n"
            guard FileManager.default.createFile(atPath: crowd.appendingPathComponent("\(index).txt").path, contents: Data(text.utf8))
            else { throw HostileError("crowd file \(index)") }
        }
        expectedArticles += manyFiles
    }

    private func writeRaw(_ relative: [UInt8], _ contents: [UInt8]) throws {
        let full = Array(library.path.utf8) + [0x2F] + relative
        // Folders on the way, byte for byte.
        var end = full.count - 1
        while end > 0, full[end] != 0x2F { end -= 1 }
        let folder = Array(full[..<end])
        try withPath(folder) { mkdir($0, 0o755) == 0 || errno == EEXIST }
        try withPath(full) { path in
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { return false }
            defer { close(fd) }
            return contents.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == contents.count
        }
    }

    private func withPath(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> Bool) throws {
        let ok = (bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { body($0) }
        }
        guard ok else { throw HostileError("writing \(String(decoding: bytes, as: UTF8.self)): errno \(errno)") }
    }

    private func bindSocket(at path: String) throws {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw HostileError("socket") }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { throw HostileError("socket path too long") }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { throw HostileError("bind \(path): errno \(errno)") }
    }
}

public struct HostileError: Error, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
