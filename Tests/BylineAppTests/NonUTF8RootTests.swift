import BylineApp
import BylineCore
import BylineStore
import BylineTestSupport
import Foundation
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A library whose own folder's name is not UTF-8 (reached here through a symlink): the
/// index gives its files back at their exact place on disk, and a restart reparses nothing.
@Suite struct NonUTF8RootTests {
    @Test func filesFromTheIndexAreWhereTheScanFoundThem() throws {
        let holder = try TemporaryLibrary()
        // "lib\xE9" beside the library, holding one article, and a link to it with a UTF-8 name.
        let folder = Array(holder.sibling("lib").utf8) + [0xE9]
        #expect(mkdir(folder + [0], 0o755) == 0)
        let text = Array("Title\n\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\n\nBody one.\n".utf8)
        let file = fopen((folder + Array("/a.txt".utf8) + [0]).map { CChar(bitPattern: $0) }, "w")
        _ = fwrite(text, 1, text.count, file)
        fclose(file)
        let link = holder.sibling("link")
        #expect(symlink(folder + [0], link) == 0)
        let state = holder.sibling("state/byline.sqlite")
        func session() throws -> InterfaceSession {
            InterfaceSession(scanner: try LibraryScanner(root: link), store: try Store(path: state), statePath: state)
        }

        let scanned = try session().load().entries
        #expect(scanned.first?.summary.file.systemPath == folder + Array("/a.txt".utf8))
        let restarted = try session()
        let cached = try #require(restarted.cachedContents())
        #expect(cached.entries.map(\.summary.file.systemPath) == scanned.map(\.summary.file.systemPath))
        #expect(restarted.reconcile(allowUnchanged: true).isUnchanged, "the index still matches the folder")
        // The index knows its root by its bytes too: the file under it needs no path of its own.
        let index = IndexLocation.path(forState: state, library: try LibraryScanner(root: link).rootPath)
        let stored = try DatabaseQueue(path: index).read { db in
            try Bool.fetchOne(db, sql: "SELECT systemPath IS NULL FROM file WHERE path = 'a.txt'")
        }
        #expect(stored == true)
    }
}
