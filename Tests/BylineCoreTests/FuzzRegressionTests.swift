import BylineFuzzChecks
import Foundation
import Testing

/// Every input a fuzzer found a fault with (fuzz/run), kept in FuzzRegressions/TARGET/ and
/// replayed through the same checks; and the sample library, through the checks of its formats.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzRegressions")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fixtures")

    static func files(in folder: URL) -> [URL] {
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        return (walker?.allObjects as? [URL] ?? []).filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
    }

    @Test func theRegressionInputsAreWhereTheTestsLook() {
        let found = FuzzTarget.allCases.flatMap { Self.files(in: Self.folder.appendingPathComponent($0.rawValue)) }
        #expect(found.count >= 10, "the fuzzers' findings are replayed from \(Self.folder.path)")
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyFoundFaultStaysFixed(target: FuzzTarget) throws {
        for file in Self.files(in: Self.folder.appendingPathComponent(target.rawValue)) {
            let bytes = try [UInt8](Data(contentsOf: file))
            #expect(target.check(bytes) == nil, "\(file.lastPathComponent)")
        }
    }

    /// The checks pass on good input, so a fault they report is the input's doing.
    @Test func theSampleLibraryPassesEveryCheckOfItsFormat() throws {
        let byExtension: [String: [FuzzTarget]] = [
            "txt": [.plainText, .dates, .sanitizer, .wrapper, .search], "md": [.markdown], "html": [.html],
            "rss": [.feed], "atom": [.feed], "eml": [.message],
        ]
        var checked = 0
        for file in Self.files(in: Self.fixtures) {
            let bytes = try [UInt8](Data(contentsOf: file))
            for target in byExtension[file.pathExtension] ?? [] {
                #expect(target.check(bytes) == nil, "\(target.rawValue): \(file.lastPathComponent)")
                checked += 1
            }
        }
        #expect(checked > 50)
    }

    /// Inputs at the edges of what the checks promise: the narrowest width, a character wider
    /// than it.
    @Test func edgeInputsKeepThePromises() {
        #expect(FuzzTarget.sanitizer.check(Array("plain".utf8)) == nil)
        #expect(FuzzTarget.wrapper.check([0] + Array("ab".utf8)) == nil, "width 1")
        #expect(FuzzTarget.wrapper.check([0] + Array("東".utf8)) == nil, "a wide character at width 1 must not overflow")
    }
}
