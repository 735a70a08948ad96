@testable import BylineCore
import Testing

@Suite struct PlainMessageTextTests {
    private func blocks(_ text: String, flowed: Bool = false, deleteSpace: Bool = false) -> [String] {
        PlainMessageText.blocks(text, flowed: flowed, deleteSpace: deleteSpace).map { block in
            if case .quote(let depth, let runs) = block { return String(repeating: ">", count: depth) + " " + runs.plainText }
            return block.plainText
        }
    }

    @Test func joinsHardWrappedLinesIntoParagraphs() {
        #expect(blocks("One\r\n  two\r\n\r\n\r\nThree\r\n") == ["One two", "Three"])
    }

    @Test func nestsQuotesWrittenEitherWay() {
        let text = "Bob wrote:\n> one\n> two\n>\n> > deeper\n>> same depth\n>>> third\nreply"
        #expect(blocks(text) == ["Bob wrote:", "> one two", ">> deeper same depth", ">>> third", "reply"])
    }

    @Test func aGreaterThanSignInsideALineIsNotAQuote() {
        #expect(blocks("5 > 3\n>5 > 3") == ["5 > 3", "> 5 > 3"])
    }

    @Test func keepsTheSignatureAsALastParagraph() {
        #expect(blocks("Body.\n\n-- \nJane Doe\n\nExample Corp\n") == ["Body.", "-- Jane Doe Example Corp"])
        #expect(blocks("Body.\n--\nStripped trailing space\n") == ["Body.", "-- Stripped trailing space"])
        #expect(blocks("Body.\n-- \n") == ["Body."])
    }

    @Test func aQuotedLineEndsATopPostedSignature() {
        #expect(blocks("Yes.\n-- \nJane\n> Original question?\n") == ["Yes.", "-- Jane", "> Original question?"])
    }

    @Test func quotedSignatureSeparatorsStayQuoted() {
        #expect(blocks("> text\n> -- \n> Sig\n") == ["> text -- Sig"])
    }

    @Test func flowedTextJoinsSoftBreaksAndKeepsHardOnes() {
        let text = "A soft \nbreak.\nHard break.\n\n> quoted \n> more\n>> deeper\n From stuffed\n-- \nSig\n"
        #expect(blocks(text, flowed: true) == ["A soft break.", "Hard break.", "> quoted more", ">> deeper", "From stuffed", "-- Sig"])
    }

    @Test func flowedDelSpRemovesTheEncodersSpace() {
        #expect(blocks("Zusammen \ngesetzt\n", flowed: true, deleteSpace: true) == ["Zusammengesetzt"])
        #expect(blocks("Zusammen \ngesetzt\n", flowed: true, deleteSpace: false) == ["Zusammen gesetzt"])
    }

    @Test func flowedLinesDoNotJoinAcrossQuoteDepths() {
        #expect(blocks("> soft at depth one \n>> depth two\n", flowed: true) == ["> soft at depth one", ">> depth two"])
    }

    @Test func emptyTextHasNoBlocks() {
        #expect(blocks("").isEmpty)
        #expect(blocks("\n\n  \n", flowed: true).isEmpty)
    }
}
