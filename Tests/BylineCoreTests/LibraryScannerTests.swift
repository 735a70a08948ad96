import BylineCore
import BylineTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite struct LibraryScannerTests {
    static let article = "Title\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\nBody text.\n"

    @Test func sectionsAreFolderPathsRelativeToTheRoot() throws {
        let library = try TemporaryLibrary()
        try library.write("top.txt", Self.article)
        try library.write("world/a.txt", Self.article + "a")
        try library.write("science/space/b.txt", Self.article + "b")
        try library.write("science/space/no-extension", Self.article + "c")

        let result = try LibraryScanner(root: library.path).scan()
        let sections = Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0.section) })
        #expect(sections == [
            "top.txt": "",
            "world/a.txt": "world",
            "science/space/b.txt": "science/space",
            "science/space/no-extension": "science/space",
        ])
        #expect(result.skipped.isEmpty)
    }

    @Test func aMaildirIsOneSectionAndItsTmpIsLeftAlone() throws {
        let library = try TemporaryLibrary()
        try library.write("mail/inbox/cur/1700000000.M1P2.host:2,S", "From: a@example.com\n\nHi\n")
        try library.write("mail/inbox/new/1700000001.M3P4.host", "From: b@example.com\n\nHo\n")
        try library.write("mail/inbox/tmp/1700000002.M5P6.host", "half-delivered")
        try library.write("tech/new/gadget.txt", Self.article)
        let result = try LibraryScanner(root: library.path).scan()
        let files = Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0) })
        #expect(files.keys.sorted() == [
            "mail/inbox/cur/1700000000.M1P2.host:2,S", "mail/inbox/new/1700000001.M3P4.host", "tech/new/gadget.txt",
        ])
        #expect(files["mail/inbox/cur/1700000000.M1P2.host:2,S"]?.section == "mail/inbox")
        #expect(files["mail/inbox/new/1700000001.M3P4.host"]?.formatHint == .message)
        #expect(files["tech/new/gadget.txt"]?.section == "tech/new", "a folder named new is a Maildir only beside cur")
        #expect(result.skipped.isEmpty)
    }

    @Test(arguments: [
        ("a.txt", true), ("a.md", true), ("page.HTML", true), ("feed.rss", true), ("x.atom", true), ("x.xml", true),
        ("m.eml", true), ("terminal-renaissance", true), ("1", true), ("photo.jpg", false), ("notes.pdf", false),
    ])
    func candidateFilesByName(name: String, candidate: Bool) {
        #expect(ArticleFileKind.isCandidate(fileName: name, inMaildir: false) == candidate)
    }

    @Test func skipsHiddenFilesAndFoldersSilently() throws {
        let library = try TemporaryLibrary()
        try library.write(".hidden.txt", Self.article)
        try library.write(".git/objects/x.txt", Self.article)
        try library.write("shown.txt", Self.article)
        let result = try LibraryScanner(root: library.path).scan()
        #expect(result.files.map(\.path) == ["shown.txt"])
        #expect(result.skipped.isEmpty)
    }

    @Test func reportsFilesThatAreNotArticlesWithAReason() throws {
        let library = try TemporaryLibrary()
        try library.write("photo.jpg", bytes: [0xFF, 0xD8, 0xFF])
        try library.write("huge.txt", "x")
        let huge = library.url.appendingPathComponent("huge.txt").path
        #expect(truncate(huge, 11 * 1024 * 1024) == 0)
        #expect(mkfifo(library.url.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: library.url.appendingPathComponent("dangling.txt").path,
                                                   withDestinationPath: "/nonexistent/target.txt")
        try FileManager.default.createSymbolicLink(atPath: library.url.appendingPathComponent("outside.txt").path,
                                                   withDestinationPath: "/etc/hostname")

        let result = try LibraryScanner(root: library.path).scan()
        let reasons = Dictionary(uniqueKeysWithValues: result.skipped.map { ($0.path, $0.reason) })
        #expect(reasons["photo.jpg"] == "not an article file (unknown extension)")
        #expect(reasons["huge.txt"] == "larger than 10 MiB")
        #expect(reasons["pipe.txt"] == "not a regular file (FIFO)")
        #expect(reasons["dangling.txt"] == "dangling symlink")
        #expect(reasons["outside.txt"] == "symlink leads out of the library")
        #expect(result.files.isEmpty)
    }

    @Test func followsSymlinksInsideTheLibraryOnceAndSurvivesLoops() throws {
        let library = try TemporaryLibrary()
        try library.write("world/a.txt", Self.article)
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: library.url.appendingPathComponent("world/loop").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: library.url.appendingPathComponent("alias.txt").path, withDestinationPath: "world/a.txt")
        try fm.createSymbolicLink(atPath: library.url.appendingPathComponent("self").path, withDestinationPath: "self")

        let result = try LibraryScanner(root: library.path).scan()
        #expect(result.files.map(\.path) == ["world/a.txt"])
        #expect(result.files.count == 1)
        let reasons = Set(result.skipped.map(\.reason))
        #expect(reasons.contains("symlink loop"))
        #expect(reasons.contains { $0.hasPrefix("folder already visited") })
        #expect(reasons.contains { $0.hasPrefix("same file as") })
    }

    /// Top-level folders are walked in parallel; the result must be the same as one walk.
    @Test func hardLinksAcrossFoldersWalkedInParallelAreOneArticleNamedByTheFirstFolder() throws {
        let library = try TemporaryLibrary()
        for section in ["a", "b", "c", "d"] {
            for number in 0..<5 { try library.write("\(section)/\(number).txt", Self.article) }
        }
        try library.write("top.txt", Self.article)
        let fm = FileManager.default
        try fm.linkItem(
            atPath: library.url.appendingPathComponent("a/0.txt").path,
            toPath: library.url.appendingPathComponent("d/linked.txt").path)
        try fm.createDirectory(at: library.url.appendingPathComponent("c/deep/deeper"), withIntermediateDirectories: true)
        try library.write("c/deep/deeper/x.txt", Self.article)

        for _ in 0..<5 {
            let result = try LibraryScanner(root: library.path).scan()
            #expect(Set(result.files.map(\.path)) == Set(
                ["a", "b", "c", "d"].flatMap { section in (0..<5).map { "\(section)/\($0).txt" } } + ["top.txt", "c/deep/deeper/x.txt"]))
            #expect(result.skipped.map(\.path) == ["d/linked.txt"])
            #expect(result.skipped.first?.reason == "same file as a/0.txt")
            #expect(result.folders.count == 7, "the root, four sections, deep and deeper")
        }
    }

    /// Comparing with the last scan changes nothing a scan says: an unchanged file comes back
    /// as it was known, a changed one as it is now.
    @Test func aRescanComparedWithTheLastOneSaysWhatAFreshScanSays() throws {
        let library = try TemporaryLibrary()
        try library.write("world/a.txt", Self.article)
        try library.write("world/b.txt", Self.article)
        let scanner = try LibraryScanner(root: library.path)
        var known = IndexedFiles()
        for file in scanner.scan().files { known[file.path] = IndexedFile(file: file, outcome: .skipped(reason: "known")) }
        try library.write("world/b.txt", Self.article + "One more line.\n")
        let compared = scanner.scan(comparingWith: known)
        #expect(compared.files == scanner.scan().files)
        #expect(compared.files.first { $0.path == "world/b.txt" }?.size != known["world/b.txt"]?.file.size)
    }

    /// The same with hard links across folders walked in parallel and a symlink followed last:
    /// files met through the last scan's table are still seen twice as one.
    @Test func aRescanComparedWithTheLastOneKeepsHardLinksAndSymlinksAsOne() throws {
        let library = try TemporaryLibrary()
        for section in ["a", "b"] {
            for number in 0..<3 { try library.write("\(section)/\(number).txt", Self.article) }
        }
        let fm = FileManager.default
        try fm.linkItem(
            atPath: library.url.appendingPathComponent("a/0.txt").path,
            toPath: library.url.appendingPathComponent("b/linked.txt").path)
        try fm.createSymbolicLink(atPath: library.url.appendingPathComponent("alias.txt").path, withDestinationPath: "a/1.txt")
        let scanner = try LibraryScanner(root: library.path)
        let fresh = scanner.scan()
        var known = IndexedFiles()
        for file in fresh.files { known[file.path] = IndexedFile(file: file, outcome: .skipped(reason: "known")) }
        let compared = scanner.scan(comparingWith: known)
        #expect(compared.files == fresh.files)
        #expect(compared.skipped == fresh.skipped)
        #expect(Set(compared.skipped.map(\.path)) == ["b/linked.txt", "alias.txt"])
        #expect((0..<compared.found.count).allSatisfy { compared.found.knownFile(at: $0) != nil })
    }

    @Test func aFIFONamedLikeAnArticleNeverBlocksLoading() throws {
        let library = try TemporaryLibrary()
        try library.write("ok.txt", Self.article)
        #expect(mkfifo(library.url.appendingPathComponent("news").path, 0o644) == 0)
        let loaded = LibraryLoader.load(try LibraryScanner(root: library.path))
        #expect(loaded.articles.map(\.title) == ["Title"])
        #expect(loaded.skipped.map(\.path) == ["news"])
    }

    @Test func rejectsARootThatIsMissingOrAFile() throws {
        let library = try TemporaryLibrary()
        let file = try library.write("file.txt", Self.article)
        #expect(throws: LibraryError.notADirectory(file.path)) { try LibraryScanner(root: file.path) }
        #expect(throws: LibraryError.notFound("/no/such/library")) { try LibraryScanner(root: "/no/such/library") }
    }

    // root reads everything, so this case only means something for other users.
    @Test(.enabled(if: geteuid() != 0, "permissions are not enforced for root"))
    func unreadableFilesAreSkippedWithAReason() throws {
        let library = try TemporaryLibrary()
        let file = try library.write("secret.txt", Self.article)
        chmod(file.path, 0)
        let result = try LibraryScanner(root: library.path).scan()
        #expect(result.skipped == [SkippedFile(path: "secret.txt", reason: "permission denied")])
    }
}
