import BylineCore
import BylineTestSupport
import Foundation
import Testing

/// A file is kept as its library's root plus its path where it can be; where it cannot (a
/// name that is not UTF-8) its exact bytes stay, and both forms of one file are equal.
@Suite struct LibraryFileTests {
    private let root = LibraryRoot(Array("/library".utf8))

    private func file(_ systemPath: String, path: String, under root: LibraryRoot? = nil) -> LibraryFile {
        if let root {
            return LibraryFile(
                path: path, section: "", systemPath: Array(systemPath.utf8), under: root, size: 1,
                modificationTimeNanoseconds: 2, device: 3, inode: 4)
        }
        return LibraryFile(
            path: path, section: "", systemPath: Array(systemPath.utf8), size: 1, modificationTimeNanoseconds: 2,
            device: 3, inode: 4)
    }

    @Test func bothFormsOfOneFileAreEqualAndHashAlike() {
        let shared = file("/library/world/a.txt", path: "world/a.txt", under: root)
        let exact = file("/library/world/a.txt", path: "world/a.txt")
        #expect(shared.systemPath == Array("/library/world/a.txt".utf8))
        #expect(shared == exact)
        #expect(shared.hashValue == exact.hashValue)
        #expect(shared.hasSameSystemPath(as: file("/library/world/a.txt", path: "world/a.txt", under: LibraryRoot(Array("/library".utf8)))))
        #expect(shared != file("/elsewhere/world/a.txt", path: "world/a.txt", under: LibraryRoot(Array("/elsewhere".utf8))))
    }

    @Test func aPathThatIsNotTheRootPlusTheNameKeepsItsBytes() {
        let elsewhere = file("/library/other/a.txt", path: "world/a.txt", under: root)
        #expect(elsewhere.systemPath == Array("/library/other/a.txt".utf8))
        #expect(elsewhere != file("/library/world/a.txt", path: "world/a.txt", under: root))
    }

    @Test func aNameThatIsNotUTF8IsFoundAndReadByItsOwnBytes() throws {
        let library = try TemporaryLibrary()
        let scanner = try LibraryScanner(root: library.path)
        let name = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
        let systemPath = Array(scanner.rootPath.utf8) + [UInt8(ascii: "/")] + name
        var cPath = systemPath.map { CChar(bitPattern: $0) } + [0]
        let descriptor = open(&cPath, O_CREAT | O_WRONLY, 0o644)
        #expect(descriptor >= 0)
        let text = Array("Café\n\nBody.\n".utf8)
        #expect(text.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count) } == text.count)
        close(descriptor)

        let found = try #require(scanner.scan().files.first)
        #expect(found.path == "caf\u{FFFD}.txt")
        #expect(found.systemPath == systemPath)
        #expect(try ArticleLoader.summarize(found).get().summaries.first?.title == "Café")
    }

    /// "café" precomposed and "café" with a combining accent are equal Swift strings but two
    /// names on disk: a file renamed from one to the other must be opened by its new name.
    @Test func aRenameBetweenUnicodeSpellingsIsANewName() throws {
        let library = try TemporaryLibrary()
        let scanner = try LibraryScanner(root: library.path)
        try library.write("caf\u{E9}.txt", "Café\n\nBody.\n")
        var known = IndexedFiles()
        for file in scanner.scan().files { known[file.path] = IndexedFile(file: file, outcome: .skipped(reason: "known")) }
        let root = Array(scanner.rootPath.utf8) + [UInt8(ascii: "/")]
        var from = (root + Array("caf\u{E9}.txt".utf8)).map { CChar(bitPattern: $0) } + [0]
        let decomposed = root + Array("cafe\u{301}.txt".utf8)
        var to = decomposed.map { CChar(bitPattern: $0) } + [0]
        #expect(rename(&from, &to) == 0)

        let found = try #require(scanner.scan(comparingWith: known).files.first)
        #expect(found.systemPath == decomposed)
        #expect(try ArticleLoader.summarize(found).get().summaries.first?.title == "Café")
    }
}
