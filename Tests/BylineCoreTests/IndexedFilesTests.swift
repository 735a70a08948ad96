import BylineCore
import Testing

@Suite struct IndexedFilesTests {
    private func indexed(_ path: String, size: Int64 = 1) -> IndexedFile {
        IndexedFile(
            file: LibraryFile(
                path: path, section: "", systemPath: Array("/l/\(path)".utf8), size: size,
                modificationTimeNanoseconds: 0, device: 0, inode: 0),
            outcome: .skipped(reason: "test"))
    }

    @Test func behavesAsADictionaryByPath() {
        var files: IndexedFiles = ["a": indexed("a"), "b": indexed("b")]
        #expect(files.count == 2)
        files["a"] = indexed("a", size: 2)
        #expect(files["a"]?.file.size == 2)
        files["b"] = nil
        #expect(files["b"] == nil)
        #expect(files.count == 1)
        files["c"] = indexed("c")
        files["d"] = indexed("d")
        #expect(Set(files.paths) == ["a", "c", "d"])
        #expect(files["c"] == indexed("c"), "a freed slot holds the new file, not the old one")
        files["zz"] = nil
        #expect(files.count == 3)
    }

    @Test func equalityIsByPathAndFile() {
        let one: IndexedFiles = ["a": indexed("a"), "b": indexed("b")]
        var other: IndexedFiles = ["b": indexed("b")]
        other["a"] = indexed("a")
        #expect(one == other)
        other["a"] = indexed("a", size: 9)
        #expect(one != other)
    }

    /// A file with articles is kept once, in its first article; any other file as given.
    @Test func aFileIsItsFirstArticlesFileOrItsOwn() {
        let file = indexed("a").file
        let summary = ArticleSummary(
            file: file, contentHash: "h", title: "T", date: file.modificationDate, format: .text, words: 1)
        let withArticle = IndexedFile(file: file, outcome: .articles([summary], warnings: []))
        #expect(withArticle.file == file)
        var moved = file
        moved.size = 99
        let different = IndexedFile(file: moved, outcome: .articles([summary], warnings: []))
        #expect(different.file == moved)
        #expect(different != withArticle)
        #expect(IndexedFile(file: file, outcome: .articles([], warnings: [])).file == file)
    }
}
