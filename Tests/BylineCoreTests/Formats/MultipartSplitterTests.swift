@testable import BylineCore
import Testing

@Suite struct MultipartSplitterTests {
    private func split(_ text: String, boundary: String = "b") -> (parts: [String], closed: Bool) {
        let result = MultipartSplitter.split(Array(text.utf8)[...], boundary: boundary)
        return (result.parts.map { String(decoding: $0, as: UTF8.self) }, result.isClosed)
    }

    @Test func dropsPreambleAndEpilogueAndTheLineBreakBeforeEachDelimiter() {
        let result = split("preamble\r\n--b\r\none\r\n--b\r\ntwo\r\n\r\n--b--\r\nepilogue\r\n")
        #expect(result.parts == ["one", "two\r\n"])
        #expect(result.closed)
    }

    @Test func toleratesAMissingClosingDelimiter() {
        let result = split("--b\none\n--b\ntwo\n")
        #expect(result.parts == ["one", "two\n"])
        #expect(!result.closed)
    }

    @Test func acceptsTransportPaddingButNotLongerBoundaries() {
        let result = split("--b  \none\n--bee\nstill one\n--b--")
        #expect(result.parts == ["one\n--bee\nstill one"])
        #expect(result.closed)
    }

    @Test func findsNoPartsWhenTheBoundaryNeverAppears() {
        let result = split("just text\n--other\n")
        #expect(result.parts.isEmpty)
        #expect(!result.closed)
    }

    @Test func anEmptyPartIsStillAPart() {
        #expect(split("--b\n--b\nx\n--b--").parts == ["", "x"])
    }
}
