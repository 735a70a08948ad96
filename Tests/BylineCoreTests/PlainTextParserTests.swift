@testable import BylineCore
import Foundation
import Testing

@Suite struct PlainTextParserTests {
    let fileTime = ArticleDate(instant: Date(timeIntervalSince1970: 1_700_000_000), utcOffsetSeconds: 0, isEstimated: true)

    @Test func readsHeadlineDateAndJoinedParagraphs() throws {
        let text = """


              Harbor strike ends after forty days  

            Posted June 3rd, 2011 at 4:10 pm (UTC-5)
            Leave a comment

            Dock workers voted on Friday
            to accept the offer.

            The port reopens   Monday.
            """
        let article = try #require(PlainTextParser.parse(text, fallbackDate: fileTime))
        #expect(article.title == "Harbor strike ends after forty days")
        #expect(article.date?.iso8601 == "2011-06-03T16:10:00-05:00")
        #expect(article.date?.isEstimated == false)
        #expect(article.paragraphs == ["Dock workers voted on Friday to accept the offer.", "The port reopens   Monday."])
        #expect(article.format == .text)
        #expect(article.wordCount == 13)
    }

    @Test(arguments: ["Comments", "Share", "3 Comments", "Comments (14)", "Leave a comment"])
    func dropsBoilerplateNextToTheDateLine(boilerplate: String) throws {
        let text = "Title\n\n\(boilerplate)\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\nLeave a comment\n\(boilerplate)\n\nBody.\n"
        let article = try #require(PlainTextParser.parse(text, fallbackDate: fileTime))
        #expect(article.paragraphs == ["Body."])
    }

    @Test func withoutADateLineUsesTheFileTimeMarkedEstimated() throws {
        let text = "Title\n\nShare\n\nFirst paragraph.\n"
        let article = try #require(PlainTextParser.parse(text, fallbackDate: fileTime))
        #expect(article.date == fileTime)
        #expect(article.date?.isEstimated == true)
        // Without a date line "Share" is not known to be page furniture, so it stays.
        #expect(article.paragraphs == ["Share", "First paragraph."])
    }

    @Test func handlesWindowsAndOldMacLineEndings() throws {
        let crlf = "Title\r\n\r\nPosted June 3rd, 2011 at 4:10 pm (UTC-5)\r\n\r\nOne\r\ntwo\r\n\r\nThree\r\n"
        let cr = crlf.replacingOccurrences(of: "\r\n", with: "\r")
        for text in [crlf, cr] {
            let article = try #require(PlainTextParser.parse(text, fallbackDate: fileTime))
            #expect(article.title == "Title")
            #expect(article.paragraphs == ["One two", "Three"])
        }
    }

    @Test func blankTextHasNoArticle() {
        #expect(PlainTextParser.parse(" \n\t\n", fallbackDate: fileTime) == nil)
        #expect(PlainTextParser.parse("", fallbackDate: fileTime) == nil)
    }

    @Test func countsCJKCharactersAsWords() throws {
        let article = try #require(PlainTextParser.parse("東京\n\n東京の新幹線 is fast\n", fallbackDate: fileTime))
        #expect(article.wordCount == 8)
    }
}

/// The byte-level boilerplate check must agree with the general rule it shortcuts.
@Suite struct BoilerplateShortcutTests {
    private func general(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        let words = trimmed.lowercased().filter { !$0.isNumber && $0 != "(" && $0 != ")" }.split(separator: " ")
        return PlainTextParser.boilerplate.contains(words.joined(separator: " "))
    }

    @Test(arguments: [
        "Comments", "  SHARE this:  ", "3 Comments", "Comments (14)", "(2) comments", "Leave  a   comment",
        "Leave\ta comment", "share3 this", "12", "()", "", "Print ", "E-mail", "Emails", "No Comments Yet",
        "comments 4 (5)", "Share this", "Leave a reply.",
    ])
    func agreesWithTheGeneralRule(line: String) {
        #expect(PlainTextParser.isBoilerplate(line[...]) == general(line), "\(line)")
    }
}
