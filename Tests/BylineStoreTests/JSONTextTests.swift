@testable import BylineStore
import Foundation
import Testing

/// The hand-written JSON that hands paths and ids to SQLite must read back exactly.
@Suite struct JSONTextTests {
    @Test func arraysOfAwkwardStringsReadBackExactly() throws {
        let strings = ["plain", "", "quote \" and \\ backslash", "tab\tnew\nline\r", "\u{1}\u{1F}", "café 東京 🗞️", "/a/b#key"]
        let parsed = try JSONSerialization.jsonObject(with: Data(JSONText.array(of: strings).utf8)) as? [String]
        #expect(parsed == strings)
        let nested = JSONText.array(of: [JSONText.array(of: ["a", "\""]), JSONText.array(of: [])], raw: true)
        #expect(try JSONSerialization.jsonObject(with: Data(nested.utf8)) as? [[String]] == [["a", "\""], []])
    }
}
