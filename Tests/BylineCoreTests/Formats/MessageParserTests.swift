import BylineCore
import Foundation
import Testing

@Suite struct MessageParserTests {
    private func article(_ text: String) throws -> (article: Article, key: String?, warnings: [String]) {
        let parsed = try MessageSamples.parse(text).get()
        let item = try #require(parsed.items.first)
        return (item.article, item.key, parsed.warnings)
    }

    @Test func emptyAndHeaderlessFilesAreNotMessages() {
        #expect(MessageSamples.parse([]) == .failure(ParseFailure("empty file")))
        #expect(MessageSamples.parse("Just some prose.\n\nMore prose.\n") == .failure(ParseFailure("no message headers")))
    }

    @Test func missingFieldsHaveDefaults() throws {
        let result = try article("X-Note: nothing useful\nTo: someone@example.org\n\nBody.\n")
        #expect(result.article.title == "(no subject)")
        #expect(result.article.author == nil)
        #expect(result.article.date == ArticleDate(instant: MessageSamples.fileTime.instant, utcOffsetSeconds: 3_600, isEstimated: true))
        #expect(result.key == nil)
        #expect(result.article.paragraphs == ["Body."])
    }

    @Test func blankSubjectAndUnreadableDateFallBack() throws {
        let result = try article("Subject:   \nDate: someday soon\nMessage-ID: <>\n\nBody.\n")
        #expect(result.article.title == "(no subject)")
        #expect(result.article.date?.isEstimated == true)
        #expect(result.key == nil)
    }

    @Test func headersWithoutAnyBlankLineGiveAnEmptyBody() throws {
        let result = try article("From: a@example.org\nSubject: Only headers\n")
        #expect(result.article.title == "Only headers")
        #expect(result.article.blocks.isEmpty)
        #expect(result.warnings.isEmpty)
    }

    @Test func anMboxEnvelopeLineOnTopIsSkipped() throws {
        let result = try article("From jane@example.org Tue Nov 10 06:42:00 2026\nFrom: Jane <jane@example.org>\nSubject: Saved\n\nBody.\n")
        #expect(result.article.title == "Saved")
        #expect(result.article.author == "Jane")
    }

    @Test func messageIDsLoseTheirBracketsAndComments() throws {
        #expect(try article("Subject: x\nMessage-ID:\n <abc.123@example.org> (added by relay)\n\n").key == "abc.123@example.org")
        #expect(try article("Subject: x\nMessage-ID: bare@example.org\n\n").key == "bare@example.org")
    }

    @Test func invalidUTF8InAUTF8PartFallsBackPerPart() throws {
        var bytes = Array("Subject: x\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain; charset=utf-8\n\ncaf".utf8)
        bytes += [0xE9] + Array("\n--b--\n".utf8)
        let parsed = try MessageSamples.parse(bytes).get()
        #expect(parsed.items.first?.article.paragraphs == ["café"])
        #expect(parsed.warnings == ["invalid UTF-8 decoded as Windows-1252"])
    }

    @Test func htmlBodiesGoThroughTheRendererWithTheirLinks() throws {
        let text = "Subject: x\nContent-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: image/png\n\n--b\nContent-Type: text/html\n\n<p>Hi</p>\n--b--\n"
        let parsed = try MessageSamples.parse(Array(text.utf8)) { html in
            RichText(blocks: [.paragraph([TextRun("rendered " + html.trimmingCharacters(in: .whitespacesAndNewlines))])], links: ["https://example.org"])
        }.get()
        let article = try #require(parsed.items.first?.article)
        #expect(article.paragraphs == ["rendered <p>Hi</p>"])
        #expect(article.links == ["https://example.org"])
    }

    @Test func aBlankPlainAlternativeGivesWayToTheHTML() throws {
        let text = "Subject: x\nContent-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\n \n\n--b\nContent-Type: text/html\n\n<p>The real text.</p>\n--b--\n"
        #expect(try article(text).article.paragraphs == ["The real text."])
    }

    @Test func aMultipartWhoseBoundaryNeverAppearsIsReadAsText() throws {
        let result = try article("Subject: x\nContent-Type: multipart/mixed; boundary=\"never\"\n\nStill readable.\n")
        #expect(result.article.paragraphs == ["Still readable."])
        #expect(result.warnings == ["multipart/mixed boundary never appears; read as plain text"])
        let noBoundary = try article("Subject: x\nContent-Type: multipart/mixed\n\nAlso readable.\n")
        #expect(noBoundary.article.paragraphs == ["Also readable."])
        #expect(noBoundary.warnings == ["multipart/mixed without a boundary read as plain text"])
    }

    @Test func aNonTextMessageIsListedAsItsAttachment() throws {
        let result = try article("Subject: x\nContent-Type: application/pdf; name=\"scan.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERi0=\n")
        #expect(result.article.paragraphs == ["Attachments: scan.pdf"])
    }

    @Test func mixedTakesTheFirstInlineTextAndNamesTheRest() throws {
        let text = """
            Subject: x
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: text/plain
            Content-Disposition: attachment; filename=notes.txt

            Attached notes, not the body.
            --b
            Content-Type: text/plain

            The body.
            --b
            Content-Type: text/plain

            A second inline text part.
            --b
            Content-Type: application/octet-stream

            --b--
            """
        #expect(try article(text).article.paragraphs == ["The body.", "Attachments: notes.txt, unnamed application/octet-stream"])
    }

    @Test func digestPartsDefaultToEnclosedMessages() throws {
        let text = "Subject: Digest\nContent-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: First\n\nOne.\n--d\n\nSubject: Second\n\nTwo.\n--d--\n"
        #expect(try article(text).article.paragraphs == ["Enclosed message, “First”", "One.", "Enclosed message, “Second”", "Two."])
    }

    @Test func unknownTransferEncodingsAreReadAs8Bit() throws {
        let result = try article("Subject: x\nContent-Transfer-Encoding: x-uuencode\n\nraw text\n")
        #expect(result.article.paragraphs == ["raw text"])
        #expect(result.warnings == ["unknown Content-Transfer-Encoding x-uuencode read as 8bit"])
    }

    @Test func signedMessagesShowTheSignedContentOnly() throws {
        let text = "Subject: x\nContent-Type: multipart/signed; boundary=s; protocol=\"application/pgp-signature\"\n\n--s\nContent-Type: text/plain\n\nSigned words.\n--s\nContent-Type: application/pgp-signature; name=signature.asc\n\n-----BEGIN PGP SIGNATURE-----\n--s--\n"
        #expect(try article(text).article.paragraphs == ["Signed words."])
    }
}
